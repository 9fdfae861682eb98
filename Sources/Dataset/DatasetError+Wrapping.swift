import GRDB

extension DatasetError {
    /// Wraps an error thrown by GRDB or Foundation, keeping a `DatasetError` as it is.
    ///
    /// A failed constraint while writing points at the producer of the values (the normaliser or the caller),
    /// since the writer validates nothing that the schema already checks.
    static func wrapping(_ error: any Error, file: String?, doing action: String) -> DatasetError {
        if let error = error as? DatasetError { return error }
        if let error = error as? DatabaseError {
            let reason = error.message ?? "\(error.resultCode)"
            let constraint = error.extendedResultCode.primaryResultCode == .SQLITE_CONSTRAINT
            let hint = constraint
                ? "this is a bug in the normaliser or the caller; the previous dataset was left unchanged"
                : "check the disk and the file permissions; the previous dataset was left unchanged"
            return DatasetError(constraint ? .invalidDocument : .sqlite, file: file, message: "\(action) (\(reason))", hint: hint)
        }
        return DatasetError(.io, file: file, message: "\(action) (\(error.localizedDescription))",
                            hint: "check the disk and the file permissions")
    }
}
