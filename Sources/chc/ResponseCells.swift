import Dataset
import Report

/// The cells every per-response table starts and ends with.
enum ResponseCells {
    /// landlord, code_version, provision, status.
    static func leading(_ r: ResponseContext) -> [Cell] {
        [.text(r.landlordName), .text(r.codeVersion.rawValue), .text(r.provision.description), .text(r.status.rawValue)]
    }

    /// where: `file:line`.
    static func place(_ r: ResponseContext) -> Cell { .text("\(r.sourcePath):\(r.lineStart)") }
}
