import Assessment
import Dataset
import Normaliser

/// The catalogue and normaliser, built once for the whole fuzzing run.
private let normaliser: Normaliser = {
    do {
        return Normaliser(catalogue: try Catalogue.bundled())
    } catch {
        fatalError("cannot load the bundled Code catalogue: \(error)")  // a build problem, not an input
    }
}()

private let signature = Array("%PDF-".utf8)

/// libFuzzer's entry point for PDF bytes: inputs that lost the `%PDF-` signature get it back, so every
/// input reaches poppler and the PDF reader's layout analysis. Thrown `NormaliserError`s are expected
/// answers to bad input; a crash, a sanitizer report or a time-out is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if !bytes.starts(with: signature) { bytes = signature + bytes }
    _ = try? normaliser.normalise(DocumentInput(path: "fuzz.pdf", bytes: bytes))
    return 0
}
