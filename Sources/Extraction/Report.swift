import GraphCore

/// A report read from disk: its document metadata and its text.
public struct Report: Sendable {
    /// Identifier, path, title, date and source of the report.
    public var document: Document
    /// The whole file as text, header lines included, so that mention offsets index it.
    ///
    /// Made from the file's bytes when asked for (by `build` and `serve`, once a report):
    /// extraction and ingest never need it, and making it validated every byte again.
    public var text: String { String(decoding: slice.utf8, as: UTF8.self) }
    /// The file's code points; mention offsets index this array.
    let scalars: [Unicode.Scalar]
    /// Where the report text starts, after any `Title:`/`Date:`/`Source:` header lines.
    let bodyStart: Int
    /// The values of the `Title:`, `Source:`, `Author:` and `Byline:` headers, which are read
    /// for names too.
    let headerRanges: [Range<Int>]
    /// The values of the `Author:` and `Byline:` headers: the names there wrote the report.
    let bylineRanges: [Range<Int>]
    /// The file's bytes, for turning offsets into strings quickly.
    let slice: TextSlice

    init(document: Document, scalars: [Unicode.Scalar], bodyStart: Int, headerRanges: [Range<Int>], bylineRanges: [Range<Int>] = [], slice: TextSlice) {
        self.document = document
        self.scalars = scalars
        self.bodyStart = bodyStart
        self.headerRanges = headerRanges
        self.bylineRanges = bylineRanges
        self.slice = slice
    }

    /// The report text without header lines.
    public var body: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[bodyStart...])
        return String(view)
    }
}
