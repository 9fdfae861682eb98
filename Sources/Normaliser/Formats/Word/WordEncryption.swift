/// Password-protected Office files: Word saves an encrypted .docx as an OLE2 compound file
/// holding an `EncryptionInfo` and an `EncryptedPackage` stream instead of a zip.
///
/// ```swift
/// WordEncryption.isEncryptedPackage(bytes) // true for a .docx saved with a password
/// ```
enum WordEncryption {
    private static let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// "EncryptedPackage" as the UTF-16LE directory-entry name OLE2 stores.
    private static let streamName: [UInt8] = Array("EncryptedPackage".utf8).flatMap { [$0, 0] }

    /// True for an OLE2 file with an `EncryptedPackage` stream.
    static func isEncryptedPackage(_ bytes: [UInt8]) -> Bool {
        guard bytes.starts(with: ole2), bytes.count >= streamName.count else { return false }
        let first = streamName[0]
        for i in 0...(bytes.count - streamName.count) where bytes[i] == first {
            if bytes[i..<(i + streamName.count)].elementsEqual(streamName) { return true }
        }
        return false
    }

    /// The error for an encrypted file.
    static func error(_ path: String) -> NormaliserError {
        NormaliserError(kind: .encrypted, file: path, line: nil,
                        message: "password-protected (encrypted) Office file: chc cannot read it",
                        help: "open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password), save it as .docx and add that file")
    }
}
