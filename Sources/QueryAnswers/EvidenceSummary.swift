import GraphCore

/// One piece of evidence in JSON, with the report's path so a reader can open it, and
/// the report's date when it has one.
public struct EvidenceSummary: Encodable, Sendable {
    public var document: String
    public var path: String?
    public var date: String?
    public var sentence: Int
    public var text: String
    /// How the link was read from the sentence (`apposition`, `event_agent`…).
    public var rule: String?
    /// That rule's confidence.
    public var confidence: Double?
    /// For participants: `agent` or `target`, and the word that says so.
    public var role: String?
    public var roleWord: String?

    public init(_ evidence: Evidence, in graph: EntityGraph) {
        document = evidence.document.rawValue
        path = graph.documents[evidence.document]?.path
        date = graph.documents[evidence.document]?.date
        sentence = evidence.sentence
        text = evidence.text
        rule = evidence.rule
        confidence = evidence.confidence
        role = evidence.role
        roleWord = evidence.roleWord
    }

    private enum CodingKeys: String, CodingKey {
        case document, path, date, sentence, text, rule, confidence, role
        case roleWord = "role_word"
    }
}
