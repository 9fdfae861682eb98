import Assessment
import Dataset
import Foundation
import Normaliser
import ZIPFoundation

/// The catalogue and normaliser, built once for the whole fuzzing run.
private let normaliser: Normaliser = {
    do {
        return Normaliser(catalogue: try Catalogue.bundled())
    } catch {
        fatalError("cannot load the bundled Code catalogue: \(error)")  // a build problem, not an input
    }
}()

/// What the bytes are fed to, from `CHC_FUZZ_TARGET` (set by Scripts/fuzz): `text` (default), `html`, `docx`.
private let target = ProcessInfo.processInfo.environment["CHC_FUZZ_TARGET"] ?? "text"

/// libFuzzer's entry point: normalises the bytes as one document. Thrown `NormaliserError`s are expected
/// answers to bad input; a crash, a sanitizer report or a time-out is a bug.
///
/// - `text`: the bytes as `fuzz.txt` (the format is still sniffed from the bytes).
/// - `html`: the bytes as `fuzz.html` (always read by the HTML reader).
/// - `docx`: bytes starting with `PK` as a `.docx` zip; any other bytes as the `word/document.xml` of an
///   otherwise valid package, so the Word body reader sees mutated XML rather than only broken zips.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    switch target {
    case "html":
        _ = try? normaliser.normalise(DocumentInput(path: "fuzz.html", bytes: bytes))
    case "docx":
        let file = bytes.starts(with: [0x50, 0x4B]) ? bytes : wordPackage(body: bytes)
        _ = try? normaliser.normalise(DocumentInput(path: "fuzz.docx", bytes: file))
    default:
        _ = try? normaliser.normalise(DocumentInput(path: "fuzz.txt", bytes: bytes))
    }
    return 0
}

/// A minimal Word package whose `word/document.xml` is `body`.
private func wordPackage(body: [UInt8]) -> [UInt8] {
    let rels = Array("""
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """.utf8)
    do {
        let archive = try Archive(accessMode: .create)
        for (name, bytes) in [("_rels/.rels", rels), ("word/document.xml", body)] {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data.map { [UInt8]($0) } ?? []
    } catch {
        return []
    }
}
