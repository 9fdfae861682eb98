import Assessment

extension ProvisionID {
    /// Zero-padded sortable text, e.g. `06.10` for 6.10 (so 6.10 sorts after 6.9).
    public var sortKey: String {
        func pad(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
        return "\(pad(section)).\(pad(item))"
    }
}
