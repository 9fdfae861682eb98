import Assessment
import Comparison

/// Everything the HTML report shows, read from one dataset with the same functions the commands use: the stored
/// figures (`DatasetFigures`, as `chc rates` and `chc benchmark` read them), the stored sector trend and every
/// located answer (`DatasetTrendReads`, as `chc trends` reads them), and the words, signals and actions of the
/// counted (latest) assessments.
///
/// ```swift
/// let data = try DatasetFile(path: "dataset.sqlite").reportData()
/// data.provisionRates.count   // rows of provision_rates
/// data.answers.count          // every response, older assessments included
/// ```
public struct ReportData: Sendable {
    /// `build_info` as stored (tool_version, document_count, landlord_count, ...).
    public let buildInfo: [String: String]
    /// The Code catalogue the dataset was built with (its `provisions` table), by version in form order.
    public let provisions: [CodeVersion: [Provision]]
    /// `provision_rates`, by version then provision.
    public let provisionRates: [ProvisionRate]
    /// `section_rates`, by version then section.
    public let sectionRates: [SectionRate]
    /// `landlord_scores` with their sections, by version then rank.
    public let scores: [LandlordScore]
    /// The stored sector trend.
    public let sectorTrend: SectorTrend
    /// Every response with its location, older assessments included, by document then provision.
    public let answers: [LocatedAnswer]
    /// Words of the counted assessments' responses: every answer that is not a plain yes (a yes with no hedged or
    /// unevidenced signal), and the plain yes answers too when `plainYesWords`.
    public let texts: [AnswerText]
    /// Whether `texts` includes the plain yes answers.
    public let plainYesWords: Bool
    /// Actions of the counted assessments, by landlord, version, provision.
    public let actions: [OpenAction]
    /// Every landlord, by id.
    public let landlords: [LandlordRecord]

    /// Creates report data from its parts (tests build small ones by hand).
    ///
    /// ```swift
    /// ReportData(buildInfo: [:], provisions: [:], provisionRates: [], sectionRates: [], scores: [],
    ///            sectorTrend: trend, answers: [], texts: [], plainYesWords: true, actions: [], landlords: [])
    /// ```
    ///
    /// - Parameters:
    ///   - buildInfo: `build_info`.
    ///   - provisions: The catalogue.
    ///   - provisionRates: Provision rates.
    ///   - sectionRates: Section rates.
    ///   - scores: Landlord scores.
    ///   - sectorTrend: The sector trend.
    ///   - answers: Located answers.
    ///   - texts: Quoted responses.
    ///   - plainYesWords: Whether plain yes answers are quoted.
    ///   - actions: Actions.
    ///   - landlords: Landlords.
    public init(buildInfo: [String: String], provisions: [CodeVersion: [Provision]], provisionRates: [ProvisionRate],
                sectionRates: [SectionRate], scores: [LandlordScore], sectorTrend: SectorTrend, answers: [LocatedAnswer],
                texts: [AnswerText], plainYesWords: Bool, actions: [OpenAction], landlords: [LandlordRecord]) {
        self.buildInfo = buildInfo
        self.provisions = provisions
        self.provisionRates = provisionRates
        self.sectionRates = sectionRates
        self.scores = scores
        self.sectorTrend = sectorTrend
        self.answers = answers
        self.texts = texts
        self.plainYesWords = plainYesWords
        self.actions = actions
        self.landlords = landlords
    }
}
