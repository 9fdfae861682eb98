import Assessment
import Comparison
import Foundation
import GRDB
import Testing
@testable import Dataset

@Suite struct ComparisonTablesTests {
    /// The fixture dataset, or the dataset built from the repository's corpus.
    static func dataset(_ which: String) throws -> String {
        if which == "fixture" { return try makeComparisonDataset("comparison-fixture") }
        let path = try makeTemporaryFolder("comparison-corpus") + "/dataset.sqlite"
        _ = try CorpusBuilder(corpus: corpusFolder(), catalogue: try bundledCatalogue(), toolVersion: "test").build(to: path)
        return path
    }

    /// Per-provision figures recomputed in plain SQL, independently of `Comparison`: latest document per
    /// landlord and version by period (text order is enough for these periods), then GROUP BY.
    static let independentSQL = """
        WITH ranked AS (
          SELECT d.id, ROW_NUMBER() OVER (PARTITION BY d.landlord_id, d.code_version
                                          ORDER BY d.period IS NOT NULL DESC, d.period DESC, d.id DESC) AS n
          FROM documents d WHERE EXISTS (SELECT 1 FROM responses r WHERE r.document_id = d.id)
        )
        SELECT r.code_version, r.provision,
               SUM(r.status = 'yes') AS yes, SUM(r.status = 'partial') AS partial, SUM(r.status = 'no') AS no,
               SUM(r.status = 'na') AS na, SUM(r.status = 'blank') AS blank,
               SUM(r.status IN ('yes', 'partial', 'no')) AS answered,
               CASE WHEN SUM(r.status IN ('yes', 'partial', 'no')) > 0
                    THEN SUM(r.status = 'yes') * 1.0 / SUM(r.status IN ('yes', 'partial', 'no')) END AS rate,
               COUNT(DISTINCT d.landlord_id) AS landlords
        FROM responses r
        JOIN ranked ON ranked.id = r.document_id AND ranked.n = 1
        JOIN documents d ON d.id = r.document_id
        GROUP BY r.code_version, r.provision
        ORDER BY r.code_version, r.provision
        """

    @Test(arguments: ["fixture", "corpus"])
    func provisionRatesAgreeWithPlainSQL(_ which: String) throws {
        let path = try Self.dataset(which)
        let queue = try DatasetReader.openReadOnly(path: path)
        try queue.read { db in
            let expected = try Row.fetchAll(db, sql: Self.independentSQL)
            let stored = try Row.fetchAll(db, sql: """
                SELECT code_version, provision, yes, partial, no, na, blank, answered, rate, landlords
                FROM provision_rates ORDER BY code_version, provision
                """)
            #expect(!stored.isEmpty)
            #expect(stored.count == expected.count)
            for (s, e) in zip(stored, expected) {
                let key = "\(s["code_version"] as String? ?? "") \(s["provision"] as String? ?? "")"
                #expect(s["code_version"] as String? == e["code_version"], "\(key)")
                #expect(s["provision"] as String? == e["provision"], "\(key)")
                for column in ["yes", "partial", "no", "na", "blank", "answered", "landlords"] {
                    #expect(s[column] as Int? == e[column] as Int?, "\(key) \(column)")
                }
                let rate: Double? = s["rate"], expectedRate: Double? = e["rate"]
                #expect((rate == nil) == (expectedRate == nil), "\(key) rate NULL")
                #expect((e["answered"] as Int? == 0) == (rate == nil), "\(key) rate is NULL exactly when nothing was answered")
                if let rate, let expectedRate { #expect(abs(rate - expectedRate) < 1e-12, "\(key) rate") }
            }
        }
    }

    @Test func ratesRecomputedByHand() throws {
        let path = try makeComparisonDataset()
        let queue = try DatasetReader.openReadOnly(path: path)
        try queue.read { db in
            // 2024 provision 1.2: Alpha, Beta and Gamma yes, Delta no (Alpha's older 'no' is superseded): 3 of 4.
            // Wilson, z = 1.959964, z² = 3.841459, n = 4, p = 0.75:
            //   centre = (0.75 + z²/8) / (1 + z²/4) = 1.230182 / 1.960365 = 0.627527
            //   half = z / (1 + z²/4) × √(0.75 × 0.25 / 4 + z²/64) = 0.999796 × √(0.046875 + 0.060023) = 0.326886
            //   bounds = 0.300641 … 0.954413
            let r12 = try #require(try Row.fetchOne(db, sql: """
                SELECT * FROM provision_rates WHERE code_version = '2024' AND provision = '1.2'
                """))
            #expect(r12["yes"] as Int? == 3)
            #expect(r12["answered"] as Int? == 4)
            #expect(abs((r12["rate"] as Double? ?? -1) - 0.75) < 1e-12)
            #expect(abs((r12["rate_low"] as Double? ?? -1) - 0.300641) < 1e-4)
            #expect(abs((r12["rate_high"] as Double? ?? -1) - 0.954413) < 1e-4)
            #expect(r12["low_n"] as Int? == 1)

            // 2024 provision 6.1: partial, no, na, yes → answered 3; strict 1/3; lenient (1 + 0.5)/3 = 0.5.
            // Wilson for p = 1/3, n = 3: centre = (1/3 + z²/6) / (1 + z²/3) = 0.973577 / 2.280486 = 0.426916,
            //   half = z / 2.280486 × √(2/27 + z²/36) = 0.859449 × √(0.074074 + 0.106707) = 0.365424 → 0.061492 … 0.792340
            let r61 = try #require(try Row.fetchOne(db, sql: """
                SELECT * FROM provision_rates WHERE code_version = '2024' AND provision = '6.1'
                """))
            #expect(r61["na"] as Int? == 1)
            #expect(abs((r61["rate"] as Double? ?? -1) - 1.0 / 3.0) < 1e-12)
            #expect(abs((r61["lenient"] as Double? ?? -1) - 0.5) < 1e-12)
            #expect(abs((r61["rate_low"] as Double? ?? -1) - 0.061492) < 1e-4)
            #expect(abs((r61["rate_high"] as Double? ?? -1) - 0.792340) < 1e-4)

            // 6.10: all four blank → no rate at all.
            let r610 = try #require(try Row.fetchOne(db, sql: """
                SELECT blank, answered, rate, rate_low, lenient, adjusted FROM provision_rates
                WHERE code_version = '2024' AND provision = '6.10'
                """))
            #expect(r610["blank"] as Int? == 4)
            #expect(r610["rate"] as Double? == nil && r610["rate_low"] as Double? == nil && r610["adjusted"] as Double? == nil)

            // Pooled 1.2: Epsilon's 2022 'no' joins the four 2024 answers; Delta's 2022 'yes' is superseded: 3 of 5.
            let pooled = try #require(try Row.fetchOne(db, sql: """
                SELECT yes, no, answered, landlords, rate, low_n FROM provision_rates_pooled WHERE provision = '1.2'
                """))
            #expect(pooled["answered"] as Int? == 5)
            #expect(pooled["landlords"] as Int? == 5)
            #expect(abs((pooled["rate"] as Double? ?? -1) - 0.6) < 1e-12)
            #expect(pooled["low_n"] as Int? == 0)
            // Epsilon 1.9 → 2024 2.4 (same); 2.1 and 5.1 have no `same` entry; Delta's three 2022 answers are superseded.
            let info = try Row.fetchAll(db, sql: "SELECT key, value FROM build_info WHERE key LIKE 'pooled_2022_%' ORDER BY key")
                .map { "\($0["key"] as String? ?? "")=\($0["value"] as String? ?? "")" }
            #expect(info == ["pooled_2022_duplicates=0", "pooled_2022_mapped=2", "pooled_2022_superseded=3",
                             "pooled_2022_unmapped=2"])
            #expect(try String.fetchAll(db, sql: "SELECT provision FROM provision_rates_pooled ORDER BY provision_key")
                == ["1.2", "2.4", "3.1", "6.1", "6.10"])
        }
    }

    @Test func olderAssessmentIsExcludedButKept() throws {
        let path = try makeComparisonDataset()
        let old = String(fakeSHA("alpha-2023-24").prefix(16)), new = String(fakeSHA("alpha-2024-25").prefix(16))
        let excluded = try DatasetReader.query(path: path, sql: """
            SELECT document_id, landlord_id, code_version, period, kept_document_id, kept_period, row_count
            FROM excluded_documents
            """)
        #expect(excluded.rows == [[.text(old), .text("alpha-homes"), .text("2024"), .text("2023-24"), .text(new),
                                   .text("2024-25"), .integer(4)]])
        let counts = try DatasetReader.query(path: path, sql: """
            SELECT (SELECT COUNT(*) FROM responses_full), (SELECT COUNT(*) FROM latest_responses),
                   (SELECT COUNT(*) FROM latest_responses WHERE document_id = '\(old)')
            """)
        #expect(counts.rows == [[.integer(27), .integer(23), .integer(0)]])
    }

    @Test func storedFiguresEqualTheComparisonFunctions() throws {
        let path = try makeComparisonDataset()
        let rows = try DatasetAnswers.load(path: path)
        let scores = Comparison.landlordScores(rows)
        let stored = try DatasetReader.query(path: path, sql: """
            SELECT code_version, landlord_id, document_id, answered, rate, rank, percentile, ranked_landlords
            FROM landlord_scores ORDER BY code_version, rank IS NULL, rank, landlord_name, landlord_id
            """)
        #expect(stored.rows == scores.map { s in
            [.text(s.codeVersion.rawValue), .text(s.landlordID), .text(s.documentID), .integer(Int64(s.counts.answered)),
             s.rates.strict.map(QueryValue.real) ?? .null, s.rank.map { .integer(Int64($0)) } ?? .null,
             s.percentile.map(QueryValue.real) ?? .null, .integer(Int64(s.rankedLandlords))]
        })
        // 2024 strict shares: Gamma 2/2, Alpha 2/3, Delta 2/3, Beta 1/3; ties share the best rank.
        let ranks = try DatasetReader.query(path: path, sql: """
            SELECT landlord_id, rank FROM landlord_scores WHERE code_version = '2024' ORDER BY rank, landlord_id
            """)
        #expect(ranks.rows.map { $0.compactMap(\.text).joined(separator: ":") }
            == ["gamma-trust:1", "alpha-homes:2", "delta-homes:2", "beta-council:4"])
        let sections = try DatasetReader.query(path: path, sql: """
            SELECT section, yes, answered, rate FROM landlord_section_scores
            WHERE code_version = '2024' AND landlord_id = 'beta-council' ORDER BY section
            """)
        #expect(sections.rows == [[.integer(1), .integer(1), .integer(1), .real(1)], [.integer(3), .integer(0), .integer(1), .real(0)],
                                  [.integer(6), .integer(0), .integer(1), .real(0)]])
        let common = try DatasetReader.query(path: path, sql: """
            SELECT provision, rank, not_fully_compliant, answering_landlords, share, landlords_not_compliant
            FROM common_noncompliance WHERE code_version = '2024' AND basis = 'stated' ORDER BY rank
            """)
        #expect(common.rows == [
            [.text("6.1"), .integer(1), .integer(2), .integer(3), .real(2.0 / 3.0), .text("Alpha Homes; Beta Council")],
            [.text("1.2"), .integer(2), .integer(1), .integer(4), .real(0.25), .text("Delta Homes")],
            [.text("3.1"), .integer(3), .integer(1), .integer(4), .real(0.25), .text("Beta Council")],
        ])
        let listed = try DatasetReader.query(path: path, sql: """
            SELECT landlord_id, status FROM common_noncompliance_landlords
            WHERE code_version = '2024' AND provision = '6.1' AND basis = 'stated' ORDER BY landlord_id
            """)
        #expect(listed.rows == [[.text("alpha-homes"), .text("partial")], [.text("beta-council"), .text("no")]])
        let section = try DatasetReader.query(path: path, sql: """
            SELECT section_title, provisions, landlords, answered FROM section_rates WHERE code_version = '2024' AND section = 6
            """)
        #expect(section.rows == [[.text("Complaints stages"), .integer(2), .integer(4), .integer(3)]])
    }

    /// What the commands read back (`DatasetFigures`) equals what the `Comparison` functions compute over every
    /// answer: rates, pooled rates, section rates, every landlord's benchmark on every version, common
    /// non-compliance on both bases and with a minimum number of landlords.
    @Test(arguments: ["fixture", "corpus"])
    func figuresReadBackEqualTheComputedFigures(_ which: String) throws {
        let path = try Self.dataset(which)
        let rows = try DatasetAnswers.load(path: path)
        let pooled = Comparison.pool(rows, crosswalk: try bundledCatalogue().crosswalk)
        try DatasetFigures.read(path: path) { db in
            #expect(try DatasetFigures.provisionRates(db) == Comparison.provisionRates(rows))
            #expect(try DatasetFigures.provisionRates(db, version: .v2022) == Comparison.provisionRates(rows, version: .v2022))
            #expect(try DatasetFigures.provisionRates(db, pooled: true) == Comparison.provisionRates(pooled.rows, version: .v2024))
            #expect(try DatasetFigures.sectionRates(db) == Comparison.sectionRates(rows))
            let counts = try DatasetFigures.poolCounts(db)
            let stored: [Int] = [counts.mapped, counts.unmapped, counts.superseded]
            let computed: [Int] = [pooled.mapped, pooled.unmapped, pooled.superseded]
            #expect(stored == computed)
            let scores = Comparison.landlordScores(rows)
            #expect(!scores.isEmpty)
            for score in scores {
                #expect(try DatasetFigures.landlordScore(score.landlordID, version: score.codeVersion, db) == score)
                let stored = try DatasetFigures.benchmark(score.landlordID, version: score.codeVersion, db)
                let computed = Comparison.benchmark(landlordID: score.landlordID, version: score.codeVersion, rows: rows)
                #expect(stored != nil)
                #expect(stored == computed, "\(score.landlordID) \(score.codeVersion.rawValue)")
            }
            for adjusted in [false, true] {
                for minimum in [1, 3] {
                    #expect(try DatasetFigures.commonNonCompliance(db, adjusted: adjusted, minLandlords: minimum)
                        == Comparison.commonNonCompliance(rows, countHedgedYes: adjusted, minLandlords: minimum))
                }
                #expect(try DatasetFigures.commonNonCompliance(db, version: .v2024, adjusted: adjusted)
                    == Comparison.commonNonCompliance(rows, version: .v2024, countHedgedYes: adjusted))
            }
        }
    }

    @Test func figuresFromAnOlderDatasetAskForARebuild() throws {
        let path = try makeComparisonDataset("older-figures")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "ALTER TABLE provision_rates DROP COLUMN yes_landlords") }
        #expect(throws: DatasetError.self) { try DatasetFigures.read(path: path) { db in try DatasetFigures.provisionRates(db) } }
        do {
            _ = try DatasetFigures.read(path: path) { db in try DatasetFigures.provisionRates(db) }
        } catch {
            #expect(error.description == "\(path): table provision_rates has no column yes_landlords - \(DatasetError.rebuildHint)")
        }
    }

    /// A stored value the schema should have refused names the response or figure, the column and what was expected.
    @Test func invalidStoredValuesAreRebuildErrors() throws {
        let path = try makeComparisonDataset("invalid-values")
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE responses SET status = 'maybe' WHERE rowid = (SELECT MIN(rowid) FROM responses)")
            try db.execute(sql: "UPDATE provision_rates SET code_version = '2023' WHERE rowid = (SELECT MIN(rowid) FROM provision_rates)")
        }
        func message(_ body: () throws -> Void) -> String {
            do { try body() } catch { return "\(error)" }
            return "no error"
        }
        let answers = message { _ = try DatasetAnswers.load(path: path) }
        #expect(answers == "\(path): responses.status is 'maybe' (text), expected \(Status.allCases.map(\.rawValue).joined(separator: ", ")) - \(DatasetError.rebuildHint)", "\(answers)")
        let figures = message { _ = try DatasetFigures.read(path: path) { db in try DatasetFigures.provisionRates(db) } }
        #expect(figures == "\(path): provision_rates.code_version is '2023' (text), expected 2022 or 2024 - \(DatasetError.rebuildHint)", "\(figures)")
    }
}
