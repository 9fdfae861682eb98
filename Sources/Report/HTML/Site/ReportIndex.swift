import Assessment
import Comparison
import Dataset

/// The report's data indexed once for every page: each landlord's counted answers, benchmarks, trend, words and
/// actions, and the catalogue by provision. The benchmarks are `Comparison.benchmark(score:own:sectionRates:
/// provisionRates:)` over the stored figures, exactly as `chc benchmark` computes them; the trends are
/// `Comparison.landlordTrends` over the located answers, exactly as `chc trends LANDLORD` computes them.
struct ReportIndex: Sendable {
    struct Key: Hashable { let version: CodeVersion; let provision: ProvisionID }

    let data: ReportData
    let provisions: [Key: Provision]
    /// Section titles by version and section.
    let sectionTitles: [CodeVersion: [Int: String]]
    /// Each counted document's answers by provision.
    let counted: [String: [ProvisionID: AnswerRow]]
    let benchmarks: [String: [Benchmark]]
    let trends: [String: LandlordTrend]
    let textsByLandlord: [String: [AnswerText]]
    let textsByProvision: [Key: [AnswerText]]
    let actionsByLandlord: [String: [OpenAction]]
    let names: [String: String]
    /// The source file of each document, as the dataset records it (the first response's file).
    let documentFiles: [String: String]
    /// Versions with figures, newest first.
    let versions: [CodeVersion]

    init(_ data: ReportData, crosswalk: [CrosswalkEntry]) {
        self.data = data
        var provisions: [Key: Provision] = [:], titles: [CodeVersion: [Int: String]] = [:]
        for (version, list) in data.provisions {
            for p in list {
                provisions[Key(version: version, provision: p.id)] = p
                titles[version, default: [:]][p.sectionNumber] = p.sectionTitle
            }
        }
        self.provisions = provisions
        self.sectionTitles = titles
        // The trends (every assessment) and the counted answers with their benchmarks are independent: one core each.
        let (trends, (counted, benchmarks)) = Parallel.both(
            { Comparison.landlordTrends(data.answers, crosswalk: crosswalk) },
            { Self.countedAndBenchmarks(data) })
        self.counted = counted
        self.benchmarks = benchmarks
        self.trends = Dictionary(trends.map { ($0.landlordID, $0) }, uniquingKeysWith: { a, _ in a })
        var files: [String: String] = [:]
        for answer in data.answers where files[answer.row.documentID] == nil {
            files[answer.row.documentID] = answer.location.path
        }
        self.documentFiles = files
        self.textsByLandlord = Dictionary(grouping: data.texts, by: \.landlordID)
        self.textsByProvision = Dictionary(grouping: data.texts) { Key(version: $0.codeVersion, provision: $0.provision) }
        self.actionsByLandlord = Dictionary(grouping: data.actions, by: \.landlordID)
        self.names = Dictionary(data.landlords.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        self.versions = Array(Set(data.provisionRates.map(\.codeVersion))).sorted(by: >)
    }

    /// Each counted document's answers by provision (the first of a repeated provision), and each landlord's
    /// benchmarks, newest Code version first.
    private static func countedAndBenchmarks(_ data: ReportData)
        -> ([String: [ProvisionID: AnswerRow]], [String: [Benchmark]]) {
        let countedDocuments = Set(data.scores.map(\.documentID))
        var counted: [String: [ProvisionID: AnswerRow]] = [:], own: [String: [AnswerRow]] = [:]
        for answer in data.answers where countedDocuments.contains(answer.row.documentID) {
            if counted[answer.row.documentID]?[answer.row.provision] == nil {
                counted[answer.row.documentID, default: [:]][answer.row.provision] = answer.row
            }
            own[answer.row.documentID, default: []].append(answer.row)
        }
        var benchmarks: [String: [Benchmark]] = [:]
        for score in data.scores {
            benchmarks[score.landlordID, default: []].append(Comparison.benchmark(
                score: score, own: own[score.documentID] ?? [], sectionRates: data.sectionRates,
                provisionRates: data.provisionRates))
        }
        return (counted, benchmarks.mapValues { $0.sorted { $0.score.codeVersion > $1.score.codeVersion } })
    }

    /// The catalogue's provision, if the dataset's catalogue has it.
    func provision(_ version: CodeVersion, _ id: ProvisionID) -> Provision? { provisions[Key(version: version, provision: id)] }

    /// The provisions of a version in form order: the catalogue's, plus any the rates have that it lacks.
    func provisionIDs(_ version: CodeVersion) -> [ProvisionID] {
        var ids = (data.provisions[version] ?? []).map(\.id)
        let known = Set(ids)
        ids += data.provisionRates.filter { $0.codeVersion == version && !known.contains($0.provision) }.map(\.provision).sorted()
        return ids
    }

    /// The sector's counts on a version (all provision rates summed): the `sector` figure of `chc benchmark`.
    func sectorCounts(_ version: CodeVersion) -> StatusCounts {
        data.provisionRates.filter { $0.codeVersion == version }.reduce(StatusCounts()) { $0 + $1.counts }
    }
}
