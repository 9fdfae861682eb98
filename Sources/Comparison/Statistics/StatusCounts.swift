import Assessment

/// How many answers of each status a group (provision, section, landlord) holds.
///
/// `answered = yes + partial + no`; `na` and `blank` are reported but never enter a denominator.
///
/// ```swift
/// let counts = StatusCounts(rows)  // e.g. yes 3, partial 1, no 1, na 1, blank 0
/// counts.answered                  // 5
/// ```
public struct StatusCounts: Sendable, Hashable {
    /// Answers `yes` (hedged ones included).
    public var yes: Int
    /// Answers `partial`.
    public var partial: Int
    /// Answers `no`.
    public var no: Int
    /// Answers `na` (not applicable): reported, never in a denominator.
    public var na: Int
    /// Answers left blank: reported, never in a denominator.
    public var blank: Int
    /// The `yes` answers whose text admits a gap (a subset of `yes`).
    public var hedgedYes: Int

    /// Creates counts from explicit numbers (all default to zero).
    ///
    /// ```swift
    /// StatusCounts(yes: 3, partial: 1, no: 1).answered // 5
    /// ```
    ///
    /// - Parameters:
    ///   - yes: Number of `yes` answers, hedged included.
    ///   - partial: Number of `partial` answers.
    ///   - no: Number of `no` answers.
    ///   - na: Number of `na` answers.
    ///   - blank: Number of blank answers.
    ///   - hedgedYes: How many of the `yes` answers are hedged.
    public init(yes: Int = 0, partial: Int = 0, no: Int = 0, na: Int = 0, blank: Int = 0, hedgedYes: Int = 0) {
        self.yes = yes
        self.partial = partial
        self.no = no
        self.na = na
        self.blank = blank
        self.hedgedYes = hedgedYes
    }

    /// Counts the statuses of `rows` (a hedged flag counts only on a `yes`).
    ///
    /// ```swift
    /// StatusCounts(rows.filter { $0.section == 6 })
    /// ```
    ///
    /// - Parameter rows: The answers to count.
    public init(_ rows: some Sequence<AnswerRow>) {
        self.init()
        for row in rows { add(row) }
    }

    /// Adds one answer to the counts.
    ///
    /// ```swift
    /// var counts = StatusCounts()
    /// counts.add(row)
    /// ```
    ///
    /// - Parameter row: The answer to count.
    public mutating func add(_ row: AnswerRow) {
        switch row.status {
        case .yes:
            yes += 1
            if row.hedged { hedgedYes += 1 }
        case .partial: partial += 1
        case .no: no += 1
        case .na: na += 1
        case .blank: blank += 1
        }
    }

    /// The denominator of every rate: `yes + partial + no`.
    ///
    /// ```swift
    /// StatusCounts(yes: 1, na: 4).answered // 1
    /// ```
    public var answered: Int { yes + partial + no }

    /// Every answer counted, `na` and blank included.
    ///
    /// ```swift
    /// StatusCounts(yes: 1, na: 4).total // 5
    /// ```
    public var total: Int { answered + na + blank }

    /// Sums two sets of counts field by field.
    ///
    /// ```swift
    /// StatusCounts(yes: 1) + StatusCounts(no: 1) // yes 1, no 1
    /// ```
    ///
    /// - Parameters:
    ///   - lhs: First counts.
    ///   - rhs: Second counts.
    public static func + (lhs: StatusCounts, rhs: StatusCounts) -> StatusCounts {
        StatusCounts(yes: lhs.yes + rhs.yes, partial: lhs.partial + rhs.partial, no: lhs.no + rhs.no,
                     na: lhs.na + rhs.na, blank: lhs.blank + rhs.blank, hedgedYes: lhs.hedgedYes + rhs.hedgedYes)
    }
}

/// Keys: `yes`, `partial`, `no`, `na`, `blank`, `hedged_yes`, `answered` (written for readers, ignored on decode).
/// Containing values flatten these keys into their own object.
extension StatusCounts: Codable {
    enum CodingKeys: String, CodingKey {
        case yes, partial, no, na, blank, hedgedYes = "hedged_yes", answered
    }

    /// Decodes counts from their flat keys.
    ///
    /// ```swift
    /// try JSONDecoder().decode(StatusCounts.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a count is missing or not an integer.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(yes: try c.decode(Int.self, forKey: .yes), partial: try c.decode(Int.self, forKey: .partial),
                  no: try c.decode(Int.self, forKey: .no), na: try c.decode(Int.self, forKey: .na),
                  blank: try c.decode(Int.self, forKey: .blank), hedgedYes: try c.decode(Int.self, forKey: .hedgedYes))
    }

    /// Encodes the counts and `answered` under flat keys.
    ///
    /// ```swift
    /// try JSONEncoder().encode(counts) // {"answered":5,"blank":0,...}
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(yes, forKey: .yes)
        try c.encode(partial, forKey: .partial)
        try c.encode(no, forKey: .no)
        try c.encode(na, forKey: .na)
        try c.encode(blank, forKey: .blank)
        try c.encode(hedgedYes, forKey: .hedgedYes)
        try c.encode(answered, forKey: .answered)
    }
}
