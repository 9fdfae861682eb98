import Assessment
import Dataset
import Foundation
import Normaliser

/// The reference reading, every rendering and every score, computed once per test process and shared by the
/// family tests and the report (renderings are normalised in parallel, one per core).
enum FamilySuite {
    /// The reference reading and every rendering, before any is normalised.
    struct Generated: Sendable {
        var catalogue: Catalogue
        var references: [ReferenceDocument]
        var renderings: [FamilyRendering]
    }

    struct Run: Sendable {
        var references: [ReferenceDocument]
        var renderings: [FamilyRendering]
        var scores: [FamilyScore]
    }

    static let generated: Result<Generated, any Error> = Result { try generate() }
    static let run: Result<Run, any Error> = Result { try score(try generated.get()) }

    /// The shared run. - Throws: the catalogue's or the reference reading's error.
    static func get() throws -> Run { try run.get() }

    static func score(_ family: LayoutFamily) throws -> FamilyScore {
        guard let score = try get().scores.first(where: { $0.family == family }) else {
            throw FamilyError("no score for family \(family.rawValue)")
        }
        return score
    }

    static func renderings(_ family: LayoutFamily) throws -> [FamilyRendering] {
        try generated.get().renderings.filter { $0.family == family }
    }

    static func generate() throws -> Generated {
        let catalogue = try Catalogue.bundled()
        let references = try ReferenceDocument.corpus(catalogue: catalogue)
        let renderings = LayoutFamily.allCases.flatMap { family in references.map { FamilyGenerator.render(family, $0) } }
        return Generated(catalogue: catalogue, references: references, renderings: renderings)
    }

    static func score(_ generated: Generated) throws -> Run {
        let renderings = generated.renderings
        let normaliser = Normaliser(catalogue: generated.catalogue)
        let results = ScoreBox(count: renderings.count)
        DispatchQueue.concurrentPerform(iterations: renderings.count) { i in
            results.set(i, FamilyScorer.score(renderings[i], normaliser: normaliser))
        }
        let all = results.values()
        let scores = LayoutFamily.allCases.map { family in FamilyScore(family: family, documents: all.filter { $0.family == family }) }
        return Run(references: generated.references, renderings: renderings, scores: scores)
    }
}

/// Scores written from several threads, one slot each.
final class ScoreBox: @unchecked Sendable {
    private var slots: [DocumentScore?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ score: DocumentScore) { lock.withLock { slots[index] = score } }

    func values() -> [DocumentScore] { lock.withLock { slots.compactMap { $0 } } }
}

/// A failure of the family harness itself (not of the normaliser).
struct FamilyError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
