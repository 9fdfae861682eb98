extension Normaliser {
    /// The document model of `input`, as the reading core sees it before any provision is read: its parts, its
    /// blocks (headings, paragraphs, list items, tables of rows and cells) with their locations, and the text the
    /// readers left out on purpose (`dropped`). `chc parse FILE --blocks` prints it.
    ///
    /// ```swift
    /// let document = try Normaliser(catalogue: try .bundled()).document(DocumentInput(path: "a.txt", bytes: bytes))
    /// document.blocks.first?.kind // .heading(level: 1)
    /// ```
    ///
    /// - Throws: `NormaliserError`, as `normalise(_:)` does before it reads any row: `.empty`, `.binary`,
    ///   `.tooLarge`, `.unsupported` and the format readers' errors (a file with no table is not an error here).
    public func document(_ input: DocumentInput) throws(NormaliserError) -> Document {
        try load(input).document
    }
}
