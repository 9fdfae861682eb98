import Assessment
import GRDB

extension Row {
    /// The Code version in `code_version`; a value the schema should have refused is an error naming
    /// `subject`, e.g. `response 0123456789abcdef:6.10 has code_version '2023', expected 2022 or 2024 -
    /// rebuild the dataset with 'chc build'`.
    func storedCodeVersion(of subject: @autoclosure () -> String) throws -> CodeVersion {
        try stored("code_version", of: subject(), expected: CodeVersion.allCases.map(\.rawValue).joined(separator: " or "),
                   CodeVersion.init(rawValue:))
    }

    /// The provision in `provision`, or the error of ``storedCodeVersion(of:)``.
    func storedProvision(of subject: @autoclosure () -> String) throws -> ProvisionID {
        try stored("provision", of: subject(), expected: "a number like 6.10", ProvisionID.init)
    }

    /// The status in `status`, or the error of ``storedCodeVersion(of:)``.
    func storedStatus(of subject: @autoclosure () -> String) throws -> Status {
        try stored("status", of: subject(), expected: Status.allCases.map(\.rawValue).joined(separator: "|"),
                   Status.init(rawValue:))
    }

    /// `subject` and `expected` are only built for the error (this runs once per response of a dataset).
    private func stored<T>(_ column: String, of subject: @autoclosure () -> String, expected: @autoclosure () -> String,
                           _ parse: (String) -> T?) throws -> T {
        let text: String = self[column] ?? ""
        guard let value = parse(text) else {
            throw DatasetError(.sqlite, message: "\(subject()) has \(column) '\(text)', expected \(expected())",
                               hint: "rebuild the dataset with 'chc build'")
        }
        return value
    }
}
