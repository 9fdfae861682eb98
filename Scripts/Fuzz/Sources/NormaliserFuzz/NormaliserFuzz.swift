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

/// libFuzzer's entry point: normalises the bytes as one document. Thrown `NormaliserError`s are expected
/// answers to bad input; a crash, a sanitizer report or a time-out is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? normaliser.normalise(DocumentInput(path: "fuzz.txt", bytes: bytes))
    return 0
}
