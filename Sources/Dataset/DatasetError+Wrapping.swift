import GRDB

extension DatasetError {
    /// Wraps an error thrown by GRDB or Foundation, keeping a `DatasetError` as it is.
    ///
    /// A failed constraint while writing points at the producer of the values (the normaliser or the caller),
    /// since the writer validates nothing that the schema already checks. A full disk names the dataset being
    /// written (`target`), never the document that happened to be written when it filled up.
    static func wrapping(_ error: any Error, file: String?, doing action: String, target: String? = nil) -> DatasetError {
        if let error = error as? DatasetError { return error }
        if let error = error as? DatabaseError {
            let reason = error.message ?? "\(error.resultCode)"
            if error.resultCode == .SQLITE_FULL {
                return DatasetError(.diskFull, file: target ?? file, message: "cannot write the dataset: the disk is full (\(reason))",
                                    hint: "free some disk space and build again; the previous dataset was left unchanged")
            }
            let constraint = error.extendedResultCode.primaryResultCode == .SQLITE_CONSTRAINT
            let hint = constraint
                ? "this is a bug in the normaliser or the caller; the previous dataset was left unchanged"
                : "check the disk and the file permissions; the previous dataset was left unchanged"
            return DatasetError(constraint ? .invalidDocument : .sqlite, file: constraint ? file : (target ?? file),
                                message: "\(action) (\(reason))", hint: hint)
        }
        return DatasetError(.io, file: file, message: "\(action) (\(error.localizedDescription))",
                            hint: "check the disk and the file permissions")
    }
}
