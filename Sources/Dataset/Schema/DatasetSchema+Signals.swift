import Assessment
import Signals

extension DatasetSchema {
    private static func list(_ values: [String]) -> String { values.map { "'\($0)'" }.joined(separator: ", ") }

    /// `signals`, `evidence_refs` and `actions`: what a stated answer may hide, as data beside it.
    static let signalsSQL = """
        CREATE TABLE signals (
          response_id TEXT NOT NULL REFERENCES responses(id),
          position INTEGER NOT NULL CHECK (position >= 1),
          kind TEXT NOT NULL CHECK (kind IN (\(list(SignalKind.allCases.map(\.rawValue))))),
          phrase TEXT NOT NULL,
          detail TEXT NOT NULL,
          inferred_status TEXT CHECK (inferred_status IS NULL OR inferred_status IN (\(list(Status.allCases.map(\.rawValue))))),
          PRIMARY KEY (response_id, position)
        );
        CREATE INDEX signals_kind ON signals(kind, response_id);
        CREATE TABLE evidence_refs (
          response_id TEXT NOT NULL REFERENCES responses(id),
          position INTEGER NOT NULL CHECK (position >= 1),
          document TEXT,
          section TEXT,
          text TEXT NOT NULL,
          PRIMARY KEY (response_id, position)
        );
        CREATE TABLE actions (
          response_id TEXT NOT NULL REFERENCES responses(id),
          position INTEGER NOT NULL CHECK (position >= 1),
          description TEXT NOT NULL,
          target_date TEXT,
          precision TEXT CHECK (precision IS NULL OR precision IN (\(list(DatePrecision.allCases.map(\.rawValue))))),
          owner TEXT,
          assessed_on TEXT,
          overdue INTEGER CHECK (overdue IS NULL OR overdue IN (0, 1)),
          CHECK ((target_date IS NULL) = (precision IS NULL)),
          PRIMARY KEY (response_id, position)
        );
        CREATE INDEX actions_overdue ON actions(overdue);
        """
}
