import GraphCore
import GraphQuery

/// The JSON answer of `reports` and `GET /api/reports`: the reports naming all the entities.
public struct ReportsAnswer: Encodable, Sendable {
    public struct Item: Encodable, Sendable {
        public struct Sentence: Encodable, Sendable {
            public var sentence: Int
            public var entities: [String]
            public var mentions: [String]
            public var text: String?
        }
        public var document: String
        public var path: String?
        public var title: String?
        public var date: String?
        public var sharedSentences: Int
        public var sentences: [Sentence]

        enum CodingKeys: String, CodingKey {
            case document, path, title, date, sentences
            case sharedSentences = "shared_sentences"
        }
    }
    public var entities: [EntityReference]
    public var total: Int
    public var reports: [Item]

    /// The answer for `matches`, the reports naming every one of `entities`.
    public init(_ matches: ReportMatches, entities: [Entity]) {
        self.entities = entities.map(EntityReference.init)
        total = matches.total
        reports = matches.reports.map { match in
            Item(
                document: match.documentID.rawValue, path: match.document?.path, title: match.document?.title, date: match.document?.date,
                sharedSentences: match.sharedSentences,
                sentences: match.sentences.map { sentence in
                    Item.Sentence(sentence: sentence.index, entities: sentence.entities.map(\.rawValue), mentions: sentence.mentions.map(\.text),
                                  text: sentence.text)
                })
        }
    }
}
