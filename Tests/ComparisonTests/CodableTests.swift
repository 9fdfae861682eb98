import Assessment
import Comparison
import Foundation
import Testing

@Suite("Codable with stable keys")
struct CodableTests {
    func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func keys(_ value: some Encodable) throws -> [String] {
        let data = try JSONEncoder().encode(value)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?.keys.map { $0 } ?? []).sorted()
    }

    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> Bool {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value)) == value
    }

    @Test("A provision rate is one flat object with snake_case keys")
    func provisionRateKeys() throws {
        let rate = try #require(Comparison.provisionRates(Fixture.sector, version: .v2024).first)
        #expect(try keys(rate) == [
            "adjusted", "adjusted_high", "adjusted_low", "answered", "answering_landlords", "blank", "code_version",
            "hedged_yes", "landlords", "lenient", "lenient_high", "lenient_low", "low_n", "na", "no", "partial",
            "provision", "rate", "rate_high", "rate_low", "section", "yes", "yes_landlords",
        ])
    }

    @Test("Nil rates are written as null, not omitted")
    func nulls() throws {
        let rate = try #require(Comparison.provisionRates(Fixture.sector, version: .v2024).last)
        #expect(rate.provision == pid("3.1"))
        #expect(try json(rate) == #"{"adjusted":null,"adjusted_high":null,"adjusted_low":null,"answered":0,"#
                + #""answering_landlords":0,"blank":2,"code_version":"2024","hedged_yes":0,"landlords":4,"#
                + #""lenient":null,"lenient_high":null,"lenient_low":null,"low_n":true,"na":2,"no":0,"partial":0,"#
                + #""provision":"3.1","rate":null,"rate_high":null,"rate_low":null,"section":3,"yes":0,"yes_landlords":0}"#)
    }

    @Test("Every result type survives a JSON round trip")
    func roundTrips() throws {
        #expect(try roundTrip(Fixture.sector))
        #expect(try roundTrip(Comparison.latestSelection(Fixture.sector)))
        #expect(try roundTrip(Comparison.pool(PoolTests.rows, crosswalk: PoolTests.crosswalk)))
        #expect(try roundTrip(Comparison.provisionRates(Fixture.sector)))
        #expect(try roundTrip(Comparison.sectionRates(Fixture.sector)))
        #expect(try roundTrip(Comparison.landlordScores(Fixture.sector)))
        #expect(try roundTrip(Comparison.commonNonCompliance(Fixture.sector, countHedgedYes: true)))
        #expect(try roundTrip(Comparison.benchmark(landlordID: "C", version: .v2024, rows: Fixture.sector)))
    }

    @Test("Landlord score and answer row keys")
    func otherKeys() throws {
        let score = try #require(Comparison.landlordScores(Fixture.sector, version: .v2024).first)
        #expect(try keys(score) == [
            "adjusted", "adjusted_high", "adjusted_low", "answered", "blank", "code_version", "document_id",
            "hedged_yes", "landlord_id", "landlord_kind", "landlord_name", "lenient", "lenient_high", "lenient_low",
            "low_n", "na", "no", "partial", "percentile", "period", "rank", "ranked_landlords", "rate", "rate_high",
            "rate_low", "sections", "yes",
        ])
        #expect(try keys(Fixture.sector[0]) == [
            "code_version", "document_id", "hedged", "landlord_id", "landlord_kind", "landlord_name", "period",
            "provision", "section", "status",
        ])
    }
}
