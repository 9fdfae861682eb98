import Comparison

extension DatasetFile {
    /// The sector trend `chc build` stored (`DatasetTrendReads.sectorTrend(_:)`): the same value
    /// `Comparison.sectorTrend` computed.
    ///
    /// ```swift
    /// let trend = try DatasetFile(path: "dataset.sqlite").sectorTrend()
    /// ```
    ///
    /// - Throws: `DatasetError` for a missing or damaged table, e.g. `the dataset has no table trend_periods - the
    ///   dataset is damaged or was written by another version of chc; rebuild it with 'chc build'`.
    public func sectorTrend() throws(DatasetError) -> SectorTrend {
        try read { db in try DatasetTrendReads.sectorTrend(db) }
    }

    /// Every response with its location, older assessments included, optionally of one landlord (by id), for
    /// `Comparison.landlordTrends` (`DatasetTrendReads.locatedAnswers(_:landlordID:)`).
    ///
    /// ```swift
    /// let trends = Comparison.landlordTrends(try dataset.locatedAnswers(landlordID: "acme-homes"), crosswalk: crosswalk)
    /// ```
    ///
    /// - Throws: `DatasetError` for a missing table or column, or a value the schema forbids.
    public func locatedAnswers(landlordID: String? = nil) throws(DatasetError) -> [LocatedAnswer] {
        try read { db in try DatasetTrendReads.locatedAnswers(db, landlordID: landlordID) }
    }

    /// Everything the HTML report shows (`ReportData.load(_:landlordID:plainYesLimit:)`), in one read transaction.
    ///
    /// ```swift
    /// let data = try DatasetFile(path: "dataset.sqlite").reportData()
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: Only this landlord's answers, texts and actions (the sector figures are read whole).
    ///   - plainYesLimit: Quote plain yes answers when no provision has more of them than this.
    /// - Throws: `DatasetError` for a missing or damaged table (an older dataset has no `trend_periods`: rebuild it).
    public func reportData(landlordID: String? = nil, plainYesLimit: Int = 300) throws(DatasetError) -> ReportData {
        // On a file, the located answers (every response) are read on a second connection while this one reads the
        // rest: the two largest scans of a sector dataset, one core each.
        guard isFile, landlordID == nil, let second = try? DatasetFile(path: path) else {
            return try read { db in try ReportData.load(db, landlordID: landlordID, plainYesLimit: plainYesLimit) }
        }
        let (data, located) = try Parallel.both({ () throws(DatasetError) in
            try read { db in try ReportData.load(db, plainYesLimit: plainYesLimit, answers: []) }
        }, { () throws(DatasetError) in try second.locatedAnswers() })
        guard data.buildInfo == (try second.read { db in try ReportData.buildInfo(db) }) else {
            // The file was replaced between the two reads (a build finished): read it again on one connection.
            return try read { db in try ReportData.load(db, plainYesLimit: plainYesLimit) }
        }
        return data.replacing(answers: located)
    }
}
