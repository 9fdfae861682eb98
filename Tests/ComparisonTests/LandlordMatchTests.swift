import Comparison
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
        guard case .unknown(let closest) = LandlordMatch.find("Papwerth Trust", in: landlords) else {
            Issue.record("expected unknown"); return
        }
        #expect(closest.first == "Papworth Trust")
        #expect(closest.count == 3)
    }
}
