import Assessment
import Testing
@testable import Dataset

@Suite struct CatalogueTests {
    @Test func bundledCatalogueHasEveryProvisionAndCrosswalkRow() throws {
        let catalogue = try Catalogue.bundled()
        #expect(catalogue.all(.v2024).count == 72)
        #expect(catalogue.all(.v2022).count == 71)
        #expect(catalogue.crosswalk.count == 92)
        #expect(catalogue.version == CatalogueData.version)
    }

    @Test func provisionNumbersAreTextNotDecimals() throws {
        let catalogue = try Catalogue.bundled()
        let id610 = try #require(ProvisionID("6.10"))
        let id61 = try #require(ProvisionID("6.1"))
        let p610 = try #require(catalogue.provision(.v2024, id610))
        let p61 = try #require(catalogue.provision(.v2024, id61))
        #expect(p610 != p61)
        #expect(p610.id.sortKey == "06.10")
        #expect(p61.id.sortKey == "06.01")
        #expect(p61.id.sortKey < p610.id.sortKey)
    }
}
