import Assessment
import Comparison
import Dataset

/// The sector page (`index.html`): headline counts, per Code version the heatmap of landlords × provisions, the
/// provisions most often not met with their intervals, the distribution of landlord scores, hedged and
/// unevidenced shares, section and provision rates; then the sector trend per period.
struct SectorPage {
    let index: ReportIndex
    let links: SiteLinks
    let chrome: PageChrome
    let limits: ReportLimits

    func context() -> [String: Any] {
        var page = chrome.context(title: "Complaint Handling Code self-assessments: the sector",
                                  nav: [("Sector", "index.html"), ("Landlords", links.landlordIndex(depth: 0))])
        let data = index.data
        let documents = Int(data.buildInfo["document_count"] ?? "") ?? Set(data.answers.map(\.row.documentID)).count
        let counted = Set(data.scores.map(\.documentID)).count
        page["title"] = "Complaint Handling Code self-assessments: the sector"
        page["lede"] = "What \(ReportFormat.count(data.landlords.count)) social landlords say of their own complaint "
            + "handling, measured against the Housing Ombudsman's Code. Each landlord counts once per Code version, by its "
            + "latest published self-assessment."
        page["headline"] = [
            ["value": ReportFormat.count(data.landlords.count), "label": "landlords", "detail": "with a published self-assessment"],
            ["value": ReportFormat.count(documents), "label": "documents",
             "detail": "\(ReportFormat.count(counted)) counted (the latest per landlord and Code version)"],
            ["value": String(index.versions.count), "label": "Code versions",
             "detail": index.versions.map(ReportFormat.code).joined(separator: ", ")],
            ["value": String(data.sectorTrend.years.count), "label": "periods",
             "detail": data.sectorTrend.years.map(data.sectorTrend.label).joined(separator: ", ")],
        ]
        page["versions"] = index.versions.map(versionContext)
        let trend = SectorTrendSection(index: index)
        page["trendNote"] = trend.note
        page["trendCharts"] = trend.charts
        page["trendTables"] = trend.tables
        return page
    }

    private func versionContext(_ version: CodeVersion) -> [String: Any] {
        let scores = index.data.scores.filter { $0.codeVersion == version }
        let sector = index.sectorCounts(version), rates = Rates(sector)
        var block: [String: Any] = [
            "version": version.rawValue,
            "heading": "\(ReportFormat.code(version)): \(ReportFormat.count(scores.count)) landlords",
            "summary": "Sector share \(ReportFormat.percent(rates.strict)) stated (\(ReportFormat.count(sector.yes)) yes of "
                + "\(ReportFormat.count(sector.answered)) answered responses), \(ReportFormat.percent(rates.adjusted)) adjusted "
                + "(\(ReportFormat.count(sector.hedgedYes)) hedged yes counted as partial); \(ReportFormat.count(sector.na)) not "
                + "applicable and \(ReportFormat.count(sector.blank)) blank answers are in no denominator.",
        ]
        let heatmap = SectorHeatmap(index: index, links: links, limits: limits, version: version, scores: scores)
        block["heatmap"] = heatmap.context()
        block["heatmapNote"] = heatmap.note
        let figures = SectorFigures(index: index, links: links, version: version)
        block["worstChart"] = figures.worst.isEmpty ? nil : figures.worstChart.context
        block["worstTable"] = figures.worstTable.context
        block["scoreChart"] = figures.scoreChart(scores).context
        block["scoreTable"] = figures.scoreTable(scores).context
        block["signalTable"] = figures.signalTable.context
        block["sectionTable"] = figures.sectionTable.context
        block["provisionTable"] = figures.provisionTable.context
        return block
    }
}

/// Limits that keep a sector-sized site readable and its pages small.
public struct ReportLimits: Sendable, Hashable {
    /// Above this many landlords on a version, the sector heatmap shows bands of landlords by rank instead of one
    /// row per landlord (a row per landlord is about 1.7 KB: 10,000 would make a 17 MB page).
    public var heatmapLandlords: Int
    /// Number of rank bands in the banded heatmap.
    public var heatmapBands: Int
    /// The defaults: 250 landlords, 50 bands.
    ///
    /// ```swift
    /// ReportLimits(heatmapLandlords: 2) // band the heatmap as soon as there are 3 landlords (tests)
    /// ```
    ///
    /// - Parameters:
    ///   - heatmapLandlords: Landlords above which the heatmap is banded.
    ///   - heatmapBands: Bands in a banded heatmap.
    public init(heatmapLandlords: Int = 250, heatmapBands: Int = 50) {
        self.heatmapLandlords = heatmapLandlords
        self.heatmapBands = heatmapBands
    }
}
