import GraphCore

/// One piece of evidence in JSON, with the report's path so a reader can open it, and
/// the report's date when it has one.
public struct EvidenceSummary: Encodable, Sendable {
    public var document: String
    public var path: String?
    public var date: String?
    public var sentence: Int
    public var text: String

    public init(_ evidence: Evidence, in graph: EntityGraph) {
        document = evidence.document.rawValue
        path = graph.documents[evidence.document]?.path
        date = graph.documents[evidence.document]?.date
        sentence = evidence.sentence
        text = evidence.text
    }
}
