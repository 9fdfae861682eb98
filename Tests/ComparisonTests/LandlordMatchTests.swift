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
