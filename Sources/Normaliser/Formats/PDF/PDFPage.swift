/// One character of a PDF page's text layer, with its box in points from the page's top-left corner.
struct PDFGlyph: Sendable {
    var scalar: Unicode.Scalar
    var x0: Float
    var top: Float
    var x1: Float
    var bottom: Float
    /// Font size in points (from the text attributes; 0 when poppler gave none).
    var size: Float
    /// The font's name marks it bold, black, heavy or semibold.
    var bold: Bool

    var isSpace: Bool { scalar.properties.isWhitespace || scalar.value == 0 }
}

/// The text layer of one page as poppler reads it: its glyphs in poppler's reading order.
struct PDFPage: Sendable {
    /// 1-based page number.
    var number: Int
    var width: Float
    var height: Float
    var glyphs: [PDFGlyph]
}
