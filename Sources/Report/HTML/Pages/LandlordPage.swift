import Assessment
import Comparison
import Dataset

/// A landlord's page, for its board: per Code version its headline position (stated and adjusted share, rank and
/// percentile among same-version peers, the figures `chc benchmark` prints), every answer at a glance, each section
/// against the sector with intervals, where it is behind most of the sector, its hedged and unevidenced answers, its
/// open and overdue actions; then its assessments over time and what changed (`chc trends LANDLORD`).
struct LandlordPage {
    let index: ReportIndex
    let links: SiteLinks
    let chrome: PageChrome
    let landlordID: String
    /// Folder depth of the page (1 under `landlords/`, 0 for a standalone file).
    let depth: Int

    var name: String { index.names[landlordID] ?? landlordID }

    func context() -> [String: Any] {
        var page = chrome.context(title: "\(name): complaint handling self-assessment",
                                  nav: [("Sector", links.index(depth: depth)), ("Landlords", links.landlordIndex(depth: depth))])
        let benchmarks = index.benchmarks[landlordID] ?? []
        page["title"] = name
        page["lede"] = benchmarks.isEmpty
            ? "No answered self-assessment of this landlord is in the dataset."
            : benchmarks.map { b in
                "Its latest self-assessment on the \(ReportFormat.code(b.score.codeVersion)) (\(b.score.period ?? "no period")"
                    + (index.documentFiles[b.score.documentID].map { ", read from \($0)" } ?? "")
                    + ") against the latest of every landlord on that Code."
            }.joined(separator: " ")
        page["versions"] = benchmarks.map { LandlordVersionBlock(index: index, links: links, benchmark: $0, depth: depth).context() }
        let trend = LandlordTrendBlock(index: index, links: links, trend: index.trends[landlordID], depth: depth)
        page["trendNote"] = trend.note
        page["trendChart"] = trend.chart?.context
        page["trendTable"] = trend.assessmentTable.context
        page["steps"] = trend.steps
        page["changeTable"] = trend.changeTable.context
        return page
    }
}

/// One Code version's part of a landlord page.
struct LandlordVersionBlock {
    let index: ReportIndex
    let links: SiteLinks
    let benchmark: Benchmark
    let depth: Int

    var score: LandlordScore { benchmark.score }
    var version: CodeVersion { score.codeVersion }

    func context() -> [String: Any] {
        let c = score.counts, r = score.rates, sector = benchmark.sectorRates
        let ids = index.provisionIDs(version)
        let answers = index.counted[score.documentID] ?? [:]
        var block: [String: Any] = [
            "version": version.rawValue,
            "heading": "\(ReportFormat.code(version)): \(score.period ?? "no period") assessment",
            "headline": [
                ["value": ReportFormat.percent(r.strict), "label": "share yes (stated)",
                 "detail": "\(c.yes) yes of \(c.answered) answered; 95% interval \(ReportFormat.interval(r.strictInterval))"],
                ["value": ReportFormat.percent(r.adjusted), "label": "adjusted",
                 "detail": "\(c.hedgedYes) hedged yes counted as partial"],
                ["value": score.rank.map { "\($0) of \(score.rankedLandlords)" } ?? "not ranked", "label": "rank",
                 "detail": score.percentile.map { "percentile \(Cell.fixed($0, 1)) among \(ReportFormat.code(version)) landlords" }
                    ?? "no other landlord to compare with"],
                ["value": ReportFormat.percent(sector.strict), "label": "sector share yes",
                 "detail": "\(ReportFormat.count(benchmark.sectorCounts.yes)) of \(ReportFormat.count(benchmark.sectorCounts.answered)) answered; adjusted \(ReportFormat.percent(sector.adjusted))"],
            ],
            "stripCount": String(ids.count),
            "stripCaption": "Its answer to each of the \(ids.count) provisions (\(c.na) not applicable and \(c.blank) blank are in no denominator)",
            "stripHeads": (0..<Self.items(ids)).map { String($0 + 1) },
            "strip": Self.strip(ids) { ReportFormat.letter(answers[$0]?.status, hedged: answers[$0]?.isHedgedYes ?? false) },
            "sectionChart": sectionChart.context, "behindNote": behindNote,
        ]
        block["sectionTable"] = sectionTable.context  // optional values only by subscript: a nil leaves the key out
        block["behindTable"] = behindTable.context
        LandlordFlags(index: index, links: links, score: score, depth: depth).add(to: &block)
        return block
    }

    /// The highest item number of the provisions (the strip's columns).
    static func items(_ ids: [ProvisionID]) -> Int { max(ids.map(\.item).max() ?? 0, 0) }

    /// One row per section, one column per item number: the letter of each provision, "" where the section has none.
    static func strip(_ ids: [ProvisionID], letter: (ProvisionID) -> String) -> [[String: Any]] {
        let present = Set(ids), width = items(ids)
        return Array(Set(ids.map(\.section))).sorted().map { section -> [String: Any] in
            // Up to the section's last item: the columns line up by item number, with no trailing empty cells.
            let last = ids.filter { $0.section == section }.map(\.item).max() ?? 0
            return ["label": "§\(section)", "cells": (0..<min(width, last)).map { i -> String in
                let id = ProvisionID(section: section, item: i + 1)
                return present.contains(id) ? letter(id) : ""
            }]
        }
    }

    var sectionChart: SVGChart {
        IntervalChart.draw(id: "sections-chart-\(version.rawValue)", title: "Share yes by section: this landlord and the sector",
                           caption: "Blue bar: the landlord's yes ÷ answered; grey bar: the sector's; whiskers: 95% Wilson "
                               + "intervals. The table below gives the figures.",
                           rows: benchmark.sections.map { s in
                               .init(label: "§\(s.section) " + ReportFormat.trimmed(index.sectionTitles[version]?[s.section] ?? "", 60),
                                     value: s.landlord.rates.strict, interval: s.landlord.rates.strictInterval,
                                     reference: (s.sector.rates.strict, s.sector.rates.strictInterval))
                           })
    }

    var sectionTable: HTMLTable {
        var t = HTMLTable(id: "sections-\(version.rawValue)", caption: "Each section: the landlord against the sector (chc benchmark)",
                          columns: [("Section", false), ("Title", false), ("Yes", true), ("Answered", true), ("Share yes", true),
                                    ("Adjusted", true), ("Sector", true), ("Sector 95% interval", true), ("Sector answered", true),
                                    ("Difference", true)], row: "row-section")
        for s in benchmark.sections {
            let yes = HTMLTable.countPair(s.landlord.counts.yes), answered = HTMLTable.countPair(s.landlord.counts.answered)
            let share = HTMLTable.sharePair(s.landlord.rates.strict), adjusted = HTMLTable.sharePair(s.landlord.rates.adjusted)
            let sector = HTMLTable.sharePair(s.sector.rates.strict), interval = HTMLTable.intervalPair(s.sector.rates.strictInterval)
            let sectorN = HTMLTable.countPair(s.sector.counts.answered), diff = HTMLTable.pointsPair(s.difference)
            t.add(row: ["s": String(s.section), "title": index.sectionTitles[version]?[s.section] ?? "",
                        "yes": yes.0, "yesV": yes.1, "answered": answered.0, "answeredV": answered.1,
                        "share": share.0, "shareV": share.1, "adjusted": adjusted.0, "adjustedV": adjusted.1,
                        "sector": sector.0, "sectorV": sector.1, "interval": interval.0, "intervalV": interval.1,
                        "sectorN": sectorN.0, "sectorNV": sectorN.1,
                        "diff": diff.0, "diffV": diff.1])
        }
        return t
    }

    var behind: [MinorityAnswer] { benchmark.minority.filter { $0.direction == .behind } }

    var behindNote: String {
        behind.isEmpty
            ? "On no provision does it answer partial or no where most landlords answering say yes."
            : "The \(behind.count) provisions where it answers partial or no while more than half of the landlords answering say yes."
    }

    var behindTable: HTMLTable {
        var t = HTMLTable(id: "behind-\(version.rawValue)", caption: "Where it is behind most of the sector",
                          columns: [("Provision", false), ("Requirement (summary)", false), ("Its answer", false),
                                    ("Landlords saying yes", true), ("Answering", true)], row: "row-behind")
        for m in behind {
            t.add(row: ["p": m.provision.description, "ph": links.provision(version, m.provision, depth: depth),
                        "summary": index.provision(version, m.provision).map { ReportFormat.trimmed($0.summary, 110) } ?? "",
                        "g": ReportFormat.letter(m.status, hedged: m.hedged), "answer": ReportFormat.answer(m.status, hedged: m.hedged),
                        "yes": ReportFormat.count(m.majorityLandlords), "yesV": String(m.majorityLandlords),
                        "answering": ReportFormat.count(m.answeringLandlords), "answeringV": String(m.answeringLandlords)])
        }
        return t
    }
}
