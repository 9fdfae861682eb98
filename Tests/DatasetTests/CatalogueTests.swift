import Assessment
import Foundation
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

    /// `Scripts/update-catalogue` turned the reference CSV files into Swift rows with Python's csv module; libcsv,
    /// which reads every other CSV of chc, reads the same files into the same rows (blank rows aside).
    @Test(arguments: [("provisions-2022.csv", CatalogueData.provisions2022), ("provisions-2024.csv", CatalogueData.provisions2024),
                      ("crosswalk-2022-2024.csv", CatalogueData.crosswalk)])
    func generatedRowsEqualTheCSVFiles(_ file: String, _ rows: [[String]]) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Assessment/Catalogue")
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
        let parsed = try CSV.parse(bytes, file: file).filter { $0.contains { !$0.trimmingWhitespace().isEmpty } }
        #expect(parsed.map { $0.map { $0.trimmingWhitespace() } } == rows.map { $0.map { $0.trimmingWhitespace() } })
        #expect(rows.count > 70)
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
