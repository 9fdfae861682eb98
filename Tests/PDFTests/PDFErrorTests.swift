import Foundation
@testable import Normaliser
import Testing

/// PDFs chc cannot read get their own clear error, naming the file.
@Suite struct PDFErrorTests {
    @Test func aScannedPDFHasNoTextLayer() throws {
        let e = try #require(Support.error("scanned.pdf"))
        #expect(e.kind == .noTextLayer)
        #expect(e.message == "no text layer (a scanned image?) - OCR is not supported")
        #expect(e.file == "scanned.pdf")
    }

    @Test func anEncryptedPDFAsksForAnUnprotectedCopy() throws {
        let e = try #require(Support.error("encrypted.pdf"))
        #expect(e.kind == .encrypted)
        #expect(e.message == "PDF is password-protected (encrypted): chc cannot read a protected PDF")
        #expect(e.help.contains("unprotected copy"))
    }

    @Test func aCorruptPDFIsDamaged() throws {
        let e = try #require(Support.error("corrupt.pdf"))
        #expect(e.kind == .corrupt)
        #expect(e.message.hasPrefix("PDF is damaged"))
    }

    @Test func aTruncatedPDFIsDamagedOrReadAsFarAsItGoes() throws {
        // poppler rebuilds a lost cross-reference table where it can; what it cannot rebuild is an error.
        if let e = Support.error("truncated.pdf") {
            #expect(e.kind == .corrupt || e.kind == .noTextLayer)
        } else {
            #expect(try Support.read("truncated.pdf").parts[0].format == "pdf")
        }
    }

    @Test func limitsOnPagesAndCharacters() throws {
        var pages = PDFReader()
        pages.limits.maxPages = 1
        let e = try #require(Support.error("repeated-header.pdf", reader: pages))
        #expect(e.kind == .overLimit)
        #expect(e.message == "PDF has 2 pages, over the limit of 1 for one self-assessment")
        var characters = PDFReader()
        characters.limits.maxCharacters = 100
        #expect(Support.error("ruled-basic.pdf", reader: characters)?.kind == .overLimit)
    }

    @Test func theNormaliserNamesThePDFInItsError() throws {
        let url = Support.fixtures.appendingPathComponent("scanned.pdf")
        do {
            _ = try Support.normalise(url, path: "landlord/scanned.pdf")
            Issue.record("a scanned PDF was read")
        } catch let e as NormaliserError {
            #expect(e.description.contains("--> landlord/scanned.pdf"))
        }
    }
}

extension PDFErrorTests {
    /// Found by `Scripts/fuzz 300 pdf`: a mutated fixture whose damaged text gave the reading core the same
    /// provision twice on one line, where a range from the line after the first to the second's line ran backwards
    /// (a Swift runtime trap). It now reads as far as the damaged file goes, each provision once.
    @Test func fuzzFindingRepeatedNumberOnOneLineReads() throws {
        let assessment = try Support.normalise(Support.fixtures.appendingPathComponent("pdf-fuzz-repeated-number.pdf"),
                                               path: "pdf-fuzz-repeated-number.pdf")
        let ids = assessment.responses.map(\.provision)
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count)
    }
}
