/// The Code catalogue: every provision of each version's self-assessment form, and the 2022 → 2024 crosswalk.
///
/// The normaliser accepts a printed number only if the catalogue has it for the document's version.
///
/// ```swift
/// let catalogue = try Catalogue(rows2022: r22, rows2024: r24, crosswalkRows: cw)
/// catalogue.provision(.v2024, ProvisionID("6.10")!)?.stage // 2
/// ```
public struct Catalogue: Sendable {
    /// Provisions per version, in form order.
    public let provisions: [CodeVersion: [Provision]]
    public let crosswalk: [CrosswalkEntry]
    /// A label for the reference data this catalogue was built from (stored in `build_info`).
    public let version: String
    private let index: [CodeVersion: [ProvisionID: Int]]

    /// Builds a catalogue from already-validated values.
    public init(provisions: [CodeVersion: [Provision]], crosswalk: [CrosswalkEntry], version: String) {
        self.provisions = provisions
        self.crosswalk = crosswalk
        self.version = version
        var index: [CodeVersion: [ProvisionID: Int]] = [:]
        for (v, list) in provisions {
            index[v] = Dictionary(list.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        self.index = index
    }

    /// The provision `id` of `version`, or nil if that version's form has no such provision.
    public func provision(_ version: CodeVersion, _ id: ProvisionID) -> Provision? {
        guard let i = index[version]?[id] else { return nil }
        return provisions[version]?[i]
    }

    /// Position of a provision in its version's form order (0-based), or nil.
    public func position(_ version: CodeVersion, _ id: ProvisionID) -> Int? { index[version]?[id] }

    /// All provisions of a version in form order.
    public func all(_ version: CodeVersion) -> [Provision] { provisions[version] ?? [] }

    /// Section numbers of a version, ascending.
    public func sections(_ version: CodeVersion) -> [Int] {
        Array(Set(all(version).map(\.sectionNumber))).sorted()
    }
}
