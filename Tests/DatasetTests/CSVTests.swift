import Foundation
import Testing
@testable import Dataset

@Suite struct CSVTests {
    @Test func roundTripKeepsEveryCharacter() throws {
        let rows: [[String]] = [
            ["plain", "with, comma", "with \"quotes\"", "multi\nline", "crlf\r\ninside"],
            ["UTF-8: é ü 日本語 🏠", "smart “double” and ‘single’ quotes", "", "  spaces kept  ", "a;b"],
            ["\"", "\"\"", ",", "\n", "end"],
        ]
        let text = CSVWriter.string(rows: rows)
        #expect(try CSV.parse(text, file: "round.csv") == rows)
    }

    @Test func writerQuotesLikeLibCSVAndWritesNullUnquoted() {
        let text = CSVWriter.string(rows: [["name", "note"], ["Croydon", "says \"yes\""], [nil, ""]])
        #expect(text == "\"name\",\"note\"\n\"Croydon\",\"says \"\"yes\"\"\"\n,\"\"\n")
    }

    @Test func writerStreamsToAFile() throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/out.csv"
        var writer = try CSVWriter(path: path)
        for i in 0..<5000 { writer.write(row: ["row \(i)", "ü, \"\(i)\""]) }
        try writer.close()
        let rows = try CSV.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: "out.csv")
        #expect(rows.count == 5000)
        #expect(rows[4999] == ["row 4999", "ü, \"4999\""])
    }

    @Test func recordsKnowTheirLinesAcrossBlankLinesQuotedNewlinesAndCRLF() throws {
        let text = "a,b\r\n\r\n\"multi\nline\",c\r\nd,e\n"
        let records = try CSV.records(Array(text.utf8), file: "x.csv")
        #expect(records.map(\.line) == [1, 3, 5])
        #expect(records.map(\.fields) == [["a", "b"], ["multi\nline", "c"], ["d", "e"]])
    }

    @Test func byteOrderMarkIsIgnored() throws {
        #expect(try CSV.parse([0xEF, 0xBB, 0xBF] + Array("file\nx.txt\n".utf8), file: "m.csv") == [["file"], ["x.txt"]])
    }

    @Test func unterminatedQuoteNamesTheRowsLine() {
        let text = "file,landlord\na.txt,Croydon\nb.txt,\"Winchester\nc.txt,Papworth\n"
        #expect {
            try CSV.parse(text, file: "manifest.csv")
        } throws: { error in
            (error as? DatasetError)?.description
                == "manifest.csv:3: malformed CSV (unterminated quoted field) - check the quotes on this row"
        }
    }

    @Test func textAfterClosingQuoteNamesTheLine() {
        #expect {
            try CSV.parse("a,b\n\"x\"y,z\n", file: "data.csv")
        } throws: { error in
            (error as? DatasetError)?.description == "data.csv:2: malformed CSV (text after a closing quote) - check the "
                + "quotes on this row; a quote inside a quoted field is written twice (\"\")"
        }
    }

    @Test func quoteInsideUnquotedFieldNamesTheLine() throws {
        do {
            _ = try CSV.parse("a,b\nc,d\nsay \"hi\",e\n", file: "data.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .malformedCSV)
            #expect(error.line == 3)
            #expect(error.message == "malformed CSV (quote inside an unquoted field)")
        }
    }
}
