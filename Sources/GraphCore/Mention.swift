/// One place in one report where an entity is named.
///
/// `start` and `end` count Unicode scalars (code points) from the start of the report
/// file, so `text == fileContents[start..<end]` in any language that indexes strings by
/// code point (Python's `str`, Swift's `unicodeScalars`).
public struct Mention: Sendable, Hashable, Codable, Comparable {
    /// The report the mention is in.
    public var document: DocumentID
    /// The index of the sentence within the report, counting from 0.
    public var sentence: Int
    /// Offset of the first code point of the mention in the report file.
    public var start: Int
    /// Offset just past the last code point of the mention.
    public var end: Int
    /// The words as written in the report.
    public var text: String

    public init(document: DocumentID, sentence: Int, start: Int, end: Int, text: String) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}
