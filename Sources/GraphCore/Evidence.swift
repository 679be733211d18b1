/// The sentence of a report that supports a relation.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    /// The report the sentence is in.
    public var document: DocumentID
    /// The index of the sentence within the report, counting from 0.
    public var sentence: Int
    /// The sentence as written, with its whitespace collapsed.
    public var text: String

    public init(document: DocumentID, sentence: Int, text: String) {
        self.document = document
        self.sentence = sentence
        self.text = text
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.sentence) < (rhs.document, rhs.sentence)
    }
}
