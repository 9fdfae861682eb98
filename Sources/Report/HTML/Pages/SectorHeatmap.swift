import Assessment
import Comparison

/// The sector heatmap of one Code version: one row per landlord (rank order) and one column per provision, each cell
/// the landlord's answer by colour and letter; above `ReportLimits.heatmapLandlords` landlords, one row per band of
/// landlords by rank, each cell the number of the band's landlords not fully compliant (no, partial or hedged yes).
struct SectorHeatmap {
    let index: ReportIndex
    let links: SiteLinks
    let limits: ReportLimits
    let version: CodeVersion
    let scores: [LandlordScore]

    var banded: Bool { scores.count > limits.heatmapLandlords }

    var note: String {
        let columns = index.provisionIDs(version).count
        if !banded {
            return "One row per landlord (\(ReportFormat.count(scores.count)), in rank order, best first) and one column per "
                + "provision of the \(ReportFormat.code(version)) (\(columns)): \(ReportFormat.count(scores.count * columns)) "
                + "cells, each the landlord's answer in its latest assessment, by colour and letter."
        }
        return "\(ReportFormat.count(scores.count)) landlords are too many for a row each: the page would pass 5 MB and no "
            + "one could read it. Each row here is a band of about \(bandSize) landlords by rank (best first), and each cell "
            + "counts the band's landlords answering no, partial or a hedged yes to that provision; the darker the cell, the "
            + "larger that share of the band's answering landlords. Each landlord's own row of answers is on its page."
    }

    private var bandSize: Int {
        let bands = max(1, min(limits.heatmapBands, scores.count))
        return (scores.count + bands - 1) / bands
    }

    func context() -> [String: Any] {
        let ids = index.provisionIDs(version)
        // Column heads read across, not rotated: a row of sections, then each provision's item number under its
        // section (the section number is in the text for screen readers and the DOM, hidden on screen).
        let columns = ids.map { id -> [String: Any] in
            var c: [String: Any] = ["section": String(id.section), "item": ".\(id.item)"]
            if let href = links.provision(version, id, depth: 0) { c["href"] = href }
            return c
        }
        var sections: [(section: Int, span: Int)] = []
        for id in ids {
            if let last = sections.last, last.section == id.section {
                sections[sections.count - 1].span += 1
            } else {
                sections.append((id.section, 1))
            }
        }
        let rows = banded ? bandRows(ids) : landlordRows(ids)
        return ["id": "heatmap-\(version.rawValue)", "rowCount": String(rows.count), "columnCount": String(ids.count),
                "banded": banded ? "1" : "0",
                "caption": banded ? "Landlords not fully compliant, by rank band and provision (\(ReportFormat.code(version)))"
                                  : "Every landlord's answer to every provision (\(ReportFormat.code(version)))",
                "rowHeader": banded ? "Ranks" : "Landlord", "columns": columns, "rows": rows,
                "sections": sections.map { ["label": "§\($0.section)", "span": String($0.span)] }]
    }

    private func landlordRows(_ ids: [ProvisionID]) -> [[String: Any]] {
        scores.map { score in
            let answers = index.counted[score.documentID] ?? [:]
            var row: [String: Any] = ["name": score.landlordName, "letters": ids.map { id -> String in
                ReportFormat.letter(answers[id]?.status, hedged: answers[id]?.isHedgedYes ?? false)
            }]
            if let href = links.landlord(score.landlordID, depth: 0) { row["href"] = href }
            return row
        }
    }

    private func bandRows(_ ids: [ProvisionID]) -> [[String: Any]] {
        stride(from: 0, to: scores.count, by: bandSize).map { start in
            let band = scores[start..<min(start + bandSize, scores.count)]
            let cells = ids.map { id -> [String: String] in
                var short = 0, answering = 0
                for score in band {
                    guard let answer = index.counted[score.documentID]?[id], answer.isAnswered else { continue }
                    answering += 1
                    if answer.status != .yes || answer.hedged { short += 1 }
                }
                return ["c": Self.shade(answering == 0 ? 0 : Double(short) / Double(answering)), "l": String(short)]
            }
            let first = band.first?.rank.map(String.init) ?? "unranked", last = band.last?.rank.map(String.init) ?? "unranked"
            return ["name": "\(first)–\(last) (\(band.count))", "cells": cells]
        }
    }

    /// b0 none, b1 under 5%, b2 under 10%, b3 under 20%, b4 under 40%, b5 40% or more.
    static func shade(_ share: Double) -> String {
        share <= 0 ? "b0" : share < 0.05 ? "b1" : share < 0.10 ? "b2" : share < 0.20 ? "b3" : share < 0.40 ? "b4" : "b5"
    }
}
