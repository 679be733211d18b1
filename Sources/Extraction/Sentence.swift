/// A sentence of a report: a run of tokens and the code points they span.
struct Sentence: Sendable {
    /// Index of the sentence within the report, counting from 0.
    var index: Int
    /// The tokens of the sentence, as indices into the report's token array.
    var tokens: Range<Int>
    /// Offset of the sentence's first code point in the report.
    var start: Int
    /// Offset just past its last code point.
    var end: Int
}
