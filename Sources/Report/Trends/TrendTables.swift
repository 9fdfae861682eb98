import Assessment
import Comparison

/// Renders trends as tables, with the dataset's column names: a landlord's assessments and its changed answers,
/// and the sector's rates per period.
///
/// ```swift
/// print(TrendTables.assessments(trend).terminal())
/// print(TrendTables.sector(Array(sector.sectionRates), trend: sector).terminal())
/// ```
public enum TrendTables {
    /// The count and rate columns of every trend table (as in `provision_rates`).
    static let figureColumns = ["yes", "partial", "no", "na", "blank", "hedged_yes", "answered",
                                "rate", "rate_low", "rate_high", "adjusted", "adjusted_low", "adjusted_high"]

    static func figureCells(_ c: StatusCounts, _ r: Rates) -> [Cell] {
        [.int(c.yes), .int(c.partial), .int(c.no), .int(c.na), .int(c.blank), .int(c.hedgedYes), .int(c.answered),
         ComparisonTables.rate(r.strict), ComparisonTables.rate(r.strictInterval?.low), ComparisonTables.rate(r.strictInterval?.high),
         ComparisonTables.rate(r.adjusted), ComparisonTables.rate(r.adjustedInterval?.low),
         ComparisonTables.rate(r.adjustedInterval?.high)]
    }

    /// One row per assessment and scope ("overall", then "section N"): stated share (`rate`) and adjusted share.
    ///
    /// ```swift
    /// TrendTables.assessments(trend).columns.prefix(5) // period, code_version, document_id, counted, scope
    /// ```
    ///
    /// - Parameter trend: A landlord's trend.
    /// - Returns: The table.
    public static func assessments(_ trend: LandlordTrend) -> TextTable {
        var rows: [[Cell]] = []
        for a in trend.assessments {
            let head: [Cell] = [.text(a.period ?? ""), .text(a.codeVersion.rawValue), .text(a.documentID),
                                ComparisonTables.bool(a.counted)]
            rows.append(head + [.text("overall")] + figureCells(a.counts, a.rates))
            for s in a.sections { rows.append(head + [.text("section \(s.section)")] + figureCells(s.counts, s.rates)) }
        }
        return TextTable(columns: ["period", "code_version", "document_id", "counted", "scope"] + figureColumns, rows: rows)
    }

    /// One row per changed answer, steps in period order: both answers and both documents' file:line.
    ///
    /// ```swift
    /// TrendTables.changes(trend).rows.first?[5] // .text("6.3")
    /// ```
    ///
    /// - Parameter trend: A landlord's trend.
    /// - Returns: The table.
    public static func changes(_ trend: LandlordTrend) -> TextTable {
        var rows: [[Cell]] = []
        for step in trend.steps {
            for c in step.changes {
                rows.append([.text(step.earlierPeriod ?? ""), .text(step.laterPeriod ?? ""),
                             .text(step.earlierVersion.rawValue), .text(step.laterVersion.rawValue),
                             .text(step.viaCrosswalk ? "crosswalk same" : "same version"),
                             .text(c.provision.description), .text(c.earlierProvision.description), .int(c.section),
                             .text(answer(c.from, c.fromHedged)), .text(answer(c.to, c.toHedged)), .text(c.direction.rawValue),
                             .text(c.earlier.description), .text(c.later.description)])
            }
        }
        return TextTable(columns: ["earlier_period", "later_period", "earlier_version", "later_version", "paired_by",
                                   "provision", "earlier_provision", "section", "from", "to", "direction", "earlier",
                                   "later"], rows: rows)
    }

    /// One line per step: what was compared and how (said outright when versions were paired through the crosswalk).
    ///
    /// ```swift
    /// TrendTables.stepSummary(step)
    /// // "2023-24 → 2024-25 (2024 Code): 72 compared, 3 changed (2 better, 1 worse, 0 other), 69 unchanged"
    /// ```
    ///
    /// - Parameter step: A step of a landlord's trend.
    /// - Returns: The line.
    public static func stepSummary(_ step: TrendStep) -> String {
        let from = step.earlierPeriod ?? "no period", to = step.laterPeriod ?? "no period"
        let other = step.changes.count - step.better - step.worse
        var line = step.viaCrosswalk
            ? "\(from) (\(step.earlierVersion.rawValue) Code) → \(to) (\(step.laterVersion.rawValue) Code), "
                + "compared only through the crosswalk's 'same' pairs: "
            : "\(from) → \(to) (\(step.laterVersion.rawValue) Code): "
        line += "\(step.compared) compared, \(step.changes.count) changed (\(step.better) better, \(step.worse) worse, "
            + "\(other) to or from n/a or blank), \(step.unchanged) unchanged"
        if step.viaCrosswalk { line += "; \(step.notComparable) provisions without a 'same' pair not compared" }
        if step.onlyEarlier + step.onlyLater > 0 {
            line += "; answered only in the earlier: \(step.onlyEarlier), only in the later: \(step.onlyLater)"
        }
        return line
    }

    /// The sector's provision rates per period, one row per (basis, version, provision, period).
    ///
    /// ```swift
    /// TrendTables.sectorProvisions(trend.provisionRates.filter { $0.basis == .version }, trend: trend)
    /// ```
    ///
    /// - Parameters:
    ///   - rates: The figures to show, in the order given.
    ///   - trend: The trend they come from (for the period labels).
    /// - Returns: The table.
    public static func sectorProvisions(_ rates: [PeriodRate<ProvisionRate>], trend: SectorTrend) -> TextTable {
        TextTable(columns: ["basis", "code_version", "provision", "section", "period_year", "period", "landlords",
                            "answering_landlords"] + figureColumns + ["low_n"],
                  rows: rates.map { p in
                      [.text(p.basis.rawValue), .text(p.rate.codeVersion.rawValue), .text(p.rate.provision.description),
                       .int(p.rate.section), .int(p.year), .text(trend.label(p.year)), .int(p.rate.landlords),
                       .int(p.rate.answeringLandlords)] + figureCells(p.rate.counts, p.rate.rates)
                          + [ComparisonTables.bool(p.rate.lowN)]
                  })
    }

    /// The sector's section rates per period, one row per (basis, version, section, period).
    ///
    /// ```swift
    /// TrendTables.sectorSections(trend.sectionRates.filter { $0.basis == .version }, trend: trend)
    /// ```
    ///
    /// - Parameters:
    ///   - rates: The figures to show, in the order given.
    ///   - trend: The trend they come from (for the period labels).
    /// - Returns: The table.
    public static func sectorSections(_ rates: [PeriodRate<SectionRate>], trend: SectorTrend) -> TextTable {
        TextTable(columns: ["basis", "code_version", "section", "period_year", "period", "landlords", "answering_landlords"]
                      + figureColumns + ["low_n"],
                  rows: rates.map { p in
                      [.text(p.basis.rawValue), .text(p.rate.codeVersion.rawValue), .int(p.rate.section), .int(p.year),
                       .text(trend.label(p.year)), .int(p.rate.landlords), .int(p.rate.answeringLandlords)]
                          + figureCells(p.rate.counts, p.rate.rates) + [ComparisonTables.bool(p.rate.lowN)]
                  })
    }

    /// "yes", "yes (hedged)", "partial", ...
    static func answer(_ status: Status, _ hedged: Bool) -> String { status.rawValue + (hedged ? " (hedged)" : "") }
}
