import Assessment
import Foundation
import GRDB
import Testing
@testable import Dataset

/// A record whose document names its landlord with `names` (source and text) and gives `urls`.
private func record(_ file: String, _ names: [(LandlordNameSource, String)] = [], urls: [String] = [], manifest: String? = nil,
                    kind: String? = nil, sourceURL: String? = nil) -> DocumentRecord {
    var a = sampleAssessment(path: "assessments/\(file)", sha: fakeSHA(file), landlord: names.first?.1)
    a.landlordEvidence = LandlordEvidence(names: names.map { LandlordEvidence.Name($0.1, source: $0.0) }, urls: urls)
    return DocumentRecord(assessment: a, landlordName: manifest, landlordKind: kind, sourceURL: sourceURL)
}

private func resolve(_ records: [DocumentRecord]) -> [LandlordResolver.Landlord] {
    LandlordResolver.resolve(records.map { r in
        let sha = r.assessment.sources[0].sha256
        return DocumentLandlord(r, documentID: String(sha.prefix(16)), sha256: sha)
    })
}

/// "id: name [files]" per landlord.
private func summary(_ landlords: [LandlordResolver.Landlord]) -> [String] {
    landlords.map { l in "\(l.id): \(l.name) [\(l.sortPaths.map { $0.replacingOccurrences(of: "assessments/", with: "") }.sorted().joined(separator: ", "))]" }
}

@Suite struct LandlordResolverTests {
    @Test func fourSpellingsAreOneLandlordWithTheMostCompleteName() {
        let records = [
            record("a.txt", [(.title, "Acme Council")]),
            record("b.txt", [(.text, "ACME BOROUGH COUNCIL")]),
            record("c.txt", [(.title, "London Borough of Acme"), (.fileName, "Acme")]),
            record("acme-2022code.txt", [(.fileName, "Acme")]),
        ]
        let landlords = resolve(records)
        #expect(summary(landlords) == ["acme-council: London Borough of Acme [a.txt, acme-2022code.txt, b.txt, c.txt]"])
        #expect(landlords.first?.aliases.map { "\($0.text) \($0.source.rawValue) \($0.documents)" } == [
            "Acme Council title 1", "London Borough of Acme title 1", "ACME BOROUGH COUNCIL text 1", "Acme file_name 2",
        ])
    }

    @Test func aCouncilAndAnAssociationSharingAPlaceStayTwo() {
        let landlords = resolve([
            record("a.txt", [(.title, "Acme Borough Council")]), record("b.txt", [(.title, "Acme Housing Association")]),
            record("c.txt", [(.title, "Acme Housing")]), record("d.txt", [(.title, "Acme Trust")]),
        ])
        #expect(summary(landlords) == [
            "acme-council: Acme Borough Council [a.txt]", "acme-housing: Acme Housing Association [b.txt, c.txt]",
            "acme-trust: Acme Trust [d.txt]",
        ])
    }

    @Test func aBareNameBesideTwoLandlordsStaysApartUnlessADomainDecides() {
        let landlords = resolve([
            record("a.txt", [(.title, "Acme Council")], sourceURL: "https://www.acme.gov.uk/x"),
            record("b.txt", [(.title, "Acme Homes")], sourceURL: "https://acmehomes.org.uk"),
            record("acme-1.txt", [(.fileName, "Acme")]),
            record("acme-2.txt", [(.fileName, "Acme")], sourceURL: "http://acme.gov.uk/complaints"),
        ])
        #expect(summary(landlords) == [
            "acme: Acme [acme-1.txt]", "acme-council: Acme Council [a.txt, acme-2.txt]", "acme-homes: Acme Homes [b.txt]",
        ])
    }

    @Test func domainsSplitOneNameAndJoinTheUnnamed() {
        let landlords = resolve([
            record("a.txt", [(.title, "Vale Council")], sourceURL: "https://www.vale.gov.uk"),
            record("b.txt", [(.title, "Vale Council")], urls: ["https://vale-council.example.com/page"]),
            record("c.txt", [(.title, "Vale District Council")], sourceURL: "vale.gov.uk/housing"),
            record("d.txt", [], sourceURL: "https://democracy.vale.gov.uk/doc.pdf"),
            record("e.txt", [], sourceURL: "https://www.other.org.uk/a"),
            record("f.txt", [], sourceURL: "https://other.org.uk/b"),
            record("g.txt"),
        ])
        #expect(summary(landlords) == [
            "unnamed-\(fakeSHA("g.txt").prefix(12)): Unnamed landlord (g.txt) [g.txt]",
            "unnamed-other-org-uk: Unnamed landlord (other.org.uk) [e.txt, f.txt]",
            "vale-council-example-com: Vale Council [b.txt]",
            "vale-council-vale-gov-uk: Vale District Council [a.txt, c.txt, d.txt]",
        ])
    }

    @Test func theManifestNameWinsAndKindsThatDifferSplit() {
        let landlords = resolve([
            record("a.txt", [(.title, "Acme Council")], manifest: "acme council", kind: "local_authority"),
            record("b.txt", [(.title, "London Borough of Acme")]),
            record("c.txt", [(.title, "Acme Council")], kind: "other"),
        ])
        #expect(summary(landlords) == [
            "acme-council: London Borough of Acme [b.txt]",
            "acme-council-local-authority: acme council [a.txt]", "acme-council-other: Acme Council [c.txt]",
        ])
        #expect(landlords.map(\.kind) == ["unknown", "local_authority", "other"])
    }

    @Test func aSharedDomainIdentifiesNobody() {
        let landlords = resolve([
            record("a.txt", [(.title, "Acme Council")], sourceURL: "https://www.acme.gov.uk/x"),
            record("b.txt", [(.title, "Acme Homes")], sourceURL: "https://www.acme.gov.uk/almo"),
            record("c.txt", [], sourceURL: "https://acme.gov.uk/y"),
        ])
        #expect(summary(landlords) == [
            "acme-council: Acme Council [a.txt]", "acme-homes: Acme Homes [b.txt]",
            "unnamed-\(fakeSHA("c.txt").prefix(12)): Unnamed landlord (c.txt) [c.txt]",
        ])
    }

    @Test func theResultDoesNotDependOnTheOrderOfDocuments() {
        let records = [
            record("a.txt", [(.title, "Acme Council")], sourceURL: "https://acme.gov.uk"), record("b.txt", [(.fileName, "Acme")]),
            record("c.txt", [(.title, "Acme Homes")]), record("d.txt", [], sourceURL: "acme.gov.uk"),
            record("e.txt", [(.text, "Beacon Trust")]), record("f.txt", [(.fileName, "Beacon")], kind: "other"),
        ]
        let expected = resolve(records)
        for seed in 0..<6 {
            var rotated = Array(records[seed...] + records[..<seed])
            if seed % 2 == 1 { rotated.reverse() }
            #expect(resolve(rotated) == expected)
        }
    }
}

@Suite struct WebDomainTests {
    @Test(arguments: [
        ("https://www.acme.gov.uk/housing/complaints", "acme.gov.uk"), ("acme.gov.uk", "acme.gov.uk"),
        ("http://democracy.acme.gov.uk:8080/x?y#z", "acme.gov.uk"), ("https://www2.acmehomes.org.uk", "acmehomes.org.uk"),
        ("https://acme.example.com/a", "example.com"), ("https://acmehomes.sharepoint.com/doc.pdf", "acmehomes.sharepoint.com"),
        ("HTTPS://WWW.ACME-HOMES.CO.UK.", "acme-homes.co.uk"),
    ] as [(String, String)])
    func registrable(_ url: String, _ domain: String) {
        #expect(WebDomain.of(url) == domain)
    }

    @Test(arguments: ["https://issuu.com/acme/docs/report", "https://www.gov.uk/guidance", "https://docs.google.com/d/1",
                      "not a url", "https://192.168.0.1/x", "https://sharepoint.com/x", "mailto:", ""])
    func noIdentity(_ url: String) {
        #expect(WebDomain.of(url) == nil)
    }
}

@Suite struct LandlordTablesTests {
    @Test func theDatasetStoresResolvedLandlordsAndTheirAliases() throws {
        let path = try makeTemporaryFolder() + "/dataset.sqlite"
        var old = record("acme-2023-24.txt", [(.fileName, "Acme")])
        old.period = "2023-24"
        let records = [
            record("acme-2024-25.txt", [(.title, "Acme Borough Council")], urls: ["https://www.acme.gov.uk/complaints"]), old,
            record("beacon.txt", [(.text, "Beacon Homes")], kind: "housing_association"),
        ]
        try DatasetWriter(path: path, batchSize: 1).write(documents: records, catalogue: try bundledCatalogue(), toolVersion: "test")
        let landlords = try DatasetFile(path: path).landlordListings()
        #expect(landlords == [
            LandlordListing(id: "acme-council", name: "Acme Borough Council", kind: "unknown", named: true, documents: 2,
                            periods: ["2023-24", "2024-25"], codeVersions: ["2024"], aliases: [
                                .init(alias: "Acme Borough Council", source: "title", documents: 1),
                                .init(alias: "Acme", source: "file_name", documents: 1),
                                .init(alias: "acme.gov.uk", source: "url", documents: 1),
                            ]),
            LandlordListing(id: "beacon-homes", name: "Beacon Homes", kind: "housing_association", named: true, documents: 1,
                            periods: ["2024-25"], codeVersions: ["2024"],
                            aliases: [.init(alias: "Beacon Homes", source: "text", documents: 1)]),
        ])
        let pointers = try DatasetReader.query(path: path, sql: "SELECT landlord_id, COUNT(*) FROM documents GROUP BY landlord_id ORDER BY 1")
        #expect(pointers.rows == [[.text("acme-council"), .integer(2)], [.text("beacon-homes"), .integer(1)]])
        let scores = try DatasetReader.query(path: path, sql: "SELECT DISTINCT landlord_id FROM landlord_scores ORDER BY 1")
        #expect(scores.rows == [[.text("acme-council")], [.text("beacon-homes")]])
    }

    @Test func anOlderDatasetWithoutAliasesAsksForARebuild() throws {
        let path = try makeTemporaryFolder() + "/dataset.sqlite"
        try DatasetWriter(path: path).write(documents: sampleRecords(), catalogue: try bundledCatalogue(), toolVersion: "test")
        let queue = try GRDB.DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "DROP TABLE landlord_aliases") }
        try queue.close()
        #expect(throws: DatasetError(.damagedDataset, file: path, message: "the dataset has no table landlord_aliases",
                                     hint: DatasetError.rebuildHint)) {
            try DatasetFile(path: path).landlordListings()
        }
    }

    @Test func aDamagedAliasIsAnErrorNamingTheColumn() throws {
        let path = try makeTemporaryFolder() + "/dataset.sqlite"
        try DatasetWriter(path: path).write(documents: sampleRecords(), catalogue: try bundledCatalogue(), toolVersion: "test")
        let queue = try GRDB.DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE landlord_aliases SET source = 'rumour' WHERE landlord_id = 'croydon-council'")
        }
        try queue.close()
        #expect(throws: DatasetError(.damagedDataset, file: path,
                                     message: "landlord_aliases.source is 'rumour' (text), expected manifest|title|text|url|file_name",
                                     hint: DatasetError.rebuildHint)) {
            try DatasetFile(path: path).landlordListings()
        }
    }
}
