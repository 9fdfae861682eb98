import Assessment
import GRDB
import Signals

/// Writes what a response's text says beside its stated answer: signals, evidence references, actions.
/// The stated `status` is never changed; inferences live here.
enum DatasetSignals {
    /// Inserts one response's derived facts.
    static func insert(_ facts: DerivedFacts, id: String, assessedOn: SimpleDate?, _ db: Database) throws {
        let signal = try db.cachedStatement(sql: """
            INSERT INTO signals (response_id, position, kind, phrase, detail, inferred_status) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in facts.signals.enumerated() {
            try signal.execute(arguments: [id, i + 1, s.kind.rawValue, s.phrase, s.detail, s.inferredStatus?.rawValue])
        }
        let reference = try db.cachedStatement(sql: """
            INSERT INTO evidence_refs (response_id, position, document, section, text) VALUES (?, ?, ?, ?, ?)
            """)
        for (i, ref) in facts.evidenceRefs.enumerated() {
            try reference.execute(arguments: [id, i + 1, ref.document, ref.section, ref.text])
        }
        let action = try db.cachedStatement(sql: """
            INSERT INTO actions (response_id, position, description, target_date, precision, owner, assessed_on, overdue)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, a) in facts.actions.enumerated() {
            try action.execute(arguments: [id, i + 1, a.description, a.targetDate, a.precision?.rawValue, a.owner,
                                           assessedOn?.description, a.overdue.map { $0 ? 1 : 0 }])
        }
    }
}
