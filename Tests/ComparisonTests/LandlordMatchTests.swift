import Assessment
@testable import Comparison
import Testing

@Suite struct LandlordMatchTests {
    let landlords: [(id: String, name: String)] = [
        ("winchester-city-council", "Winchester City Council"),
        ("westminster-city-council", "Westminster City Council"),
        ("papworth-trust", "Papworth Trust"),
        ("london-borough-of-croydon", "London Borough of Croydon"),
    ]

    @Test func exactIdOrNameCaseInsensitive() {
        #expect(LandlordMatch.find("PAPWORTH TRUST", in: landlords) == .found(id: "papworth-trust", name: "Papworth Trust"))
        #expect(LandlordMatch.find("papworth-trust", in: landlords) == .found(id: "papworth-trust", name: "Papworth Trust"))
    }

    @Test func uniquePrefixOrWord() {
        #expect(LandlordMatch.find("winch", in: landlords) == .found(id: "winchester-city-council", name: "Winchester City Council"))
        #expect(LandlordMatch.find("croydon", in: landlords) == .found(id: "london-borough-of-croydon", name: "London Borough of Croydon"))
    }

    @Test func ambiguousListsTheCandidates() {
        #expect(LandlordMatch.find("w", in: landlords) == .ambiguous(["Westminster City Council", "Winchester City Council"]))
        #expect(LandlordMatch.find("city", in: landlords) == .ambiguous(["Westminster City Council", "Winchester City Council"]))
    }

    @Test func unknownOffersTheClosest() {
        #expect(LandlordMatch.find("Papwerth Trust", in: landlords) == .unknown(closest: ["Papworth Trust"]))
        #expect(LandlordMatch.find("Westminstr", in: landlords) == .unknown(closest: ["Westminster City Council"]))
        #expect(LandlordMatch.find("Zebra", in: landlords) == .unknown(closest: []))
    }

    let spelled: [LandlordMatch.Candidate] = [
        .init(id: "acme-council", name: "London Borough of Acme", aliases: ["Acme", "Acme Council", "ACME BOROUGH COUNCIL"]),
        .init(id: "acme-homes", name: "Acme Homes", aliases: ["Acme Homes Limited"]),
        .init(id: "beacon-housing", name: "Beacon Housing Association", aliases: ["Beacon Housing"]),
    ]

    @Test func genericWordsAreIgnoredButBreakTies() {
        #expect(LandlordMatch.find("Acme Council", in: spelled) == .found(id: "acme-council", name: "London Borough of Acme"))
        #expect(LandlordMatch.find("Acme Borough Council", in: spelled) == .found(id: "acme-council", name: "London Borough of Acme"))
        #expect(LandlordMatch.find("acme city council", in: spelled) == .found(id: "acme-council", name: "London Borough of Acme"))
        #expect(LandlordMatch.find("Acme Homes Ltd", in: spelled) == .found(id: "acme-homes", name: "Acme Homes"))
        #expect(LandlordMatch.find("Beacon", in: spelled) == .found(id: "beacon-housing", name: "Beacon Housing Association"))
        #expect(LandlordMatch.find("Beacon Trust", in: spelled) == .found(id: "beacon-housing", name: "Beacon Housing Association"))
    }

    @Test func aSharedPlaceNameIsAmbiguousUnlessTheKindDecides() {
        #expect(LandlordMatch.find("acme", in: spelled) == .ambiguous(["Acme Homes", "London Borough of Acme"]))
        #expect(LandlordMatch.find("Acme Trust", in: spelled) == .ambiguous(["Acme Homes", "London Borough of Acme"]))
        #expect(LandlordMatch.find("Acme Borough", in: spelled) == .found(id: "acme-council", name: "London Borough of Acme"))
    }
}

/// `LandlordMatch.QueryWords.spelled(by:)`, the quick test matching a LANDLORD argument against every name, agrees
/// with comparing `LandlordName.words` for texts made of letters, digits, case, punctuation, `&`, apostrophes,
/// `co operative` and text beyond ASCII.
@Suite struct LandlordQueryWordsTests {
    static let pieces = ["acme", "Acme", "ACME", " ", "-", ".", "'", "`", "\u{2019}", "&", "and", "co", " co ", "op",
                         "operative", "Co-operative", "Co-op", "homes", "2", "24", "é", "É", "ß", "\u{301}", "(", ")",
                         "St.", "Trust", "trust", "ＡＣＭＥ", ""]

    @Test func agreesWithComparingWords() {
        var random = GeneratedSector.Random(state: 11)
        func text() -> String { (0..<random.below(6)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined() }
        var same = 0
        for _ in 0..<4000 {
            let query = text()
            let q = LandlordMatch.QueryWords(query)
            for candidate in [text(), query.uppercased(), query + "'", query.replacingOccurrences(of: " ", with: "-")] {
                let expected = LandlordName.words(candidate) == LandlordName.words(query)
                #expect(q.spelled(by: candidate) == expected, "\(query) | \(candidate)")
                if expected { same += 1 }
            }
        }
        #expect(same > 4000)
    }

    @Test func namesWithTheSameWordsMatch() {
        let q = LandlordMatch.QueryWords("Acme & Co-operative Homes")
        #expect(q.spelled(by: "ACME and co operative homes"))
        #expect(q.spelled(by: "Acme And Cooperative Homes"))
        #expect(!q.spelled(by: "Acme and Co-operative Home"))
        #expect(!q.spelled(by: "Acme Homes"))
        #expect(!LandlordMatch.QueryWords("").spelled(by: "x"))
        #expect(LandlordMatch.QueryWords("Café Homes").spelled(by: "CAFÉ HOMES"))
    }
}
