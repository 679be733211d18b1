import GraphCore

/// One value that the GraphML and GEXF exports attach to a node or an edge.
///
/// Both formats declare their attributes with a type before the graph, so the exports list
/// them once here, in the order they are written: a tool that reads one format sees the
/// same names and types as one that reads the other.
struct ExchangeAttribute: Sendable {
    /// The value types the exports use.
    enum ValueType: Sendable {
        case string, int, double, boolean
    }

    /// The attribute's name, as tools show it.
    var name: String
    var type: ValueType
    /// What it means, for the README and the `<desc>` of GraphML keys.
    var summary: String

    /// The attributes of an entity.
    static let node: [ExchangeAttribute] = [
        ExchangeAttribute(name: "label", type: .string, summary: "the canonical name"),
        ExchangeAttribute(name: "kind", type: .string, summary: "person, place, agency or event"),
        ExchangeAttribute(name: "category", type: .string, summary: "a finer class (county, security, leader, the event type); absent when unknown"),
        ExchangeAttribute(name: "trigger", type: .string, summary: "events: the word that names the event"),
        ExchangeAttribute(name: "date", type: .string, summary: "events: ISO date, or --MM-DD without a year"),
        ExchangeAttribute(name: "aliases", type: .string, summary: "other names, as a JSON array of strings"),
        ExchangeAttribute(name: "mentions", type: .int, summary: "how many times the reports name it"),
        ExchangeAttribute(name: "reports", type: .int, summary: "how many reports name it"),
        ExchangeAttribute(name: "role", type: .boolean, summary: "an unnamed actor of one report, known by its role (\"director's son\")"),
    ]

    /// The attributes of a relation.
    static let edge: [ExchangeAttribute] = [
        ExchangeAttribute(name: "relation", type: .string, summary: "the relation type (located_in, participant, co_mentioned…)"),
        ExchangeAttribute(name: "weight", type: .double, summary: "how many sentences support it"),
        ExchangeAttribute(name: "reports", type: .int, summary: "how many reports support it"),
        ExchangeAttribute(name: "outlets", type: .int, summary: "how many outlets (Source: headers) support it"),
        ExchangeAttribute(name: "single_source", type: .boolean, summary: "whether one report alone supports it"),
        ExchangeAttribute(name: "confidence", type: .double, summary: "how sure the relation is, 0 to 0.99, from its sentences' rules"),
        ExchangeAttribute(name: "symmetric", type: .boolean, summary: "whether it reads the same both ways (co_mentioned, family)"),
        ExchangeAttribute(name: "evidence", type: .string,
                          summary: "the supporting sentences, as a JSON array of {document, sentence, text}"),
    ]

    /// The values of ``node`` for `entity`, in the order of ``node``; nil where it has none.
    ///
    /// An array rather than a dictionary by name: the exports of a large corpus ask for
    /// this once per entity and relation.
    static func values(of entity: Entity) -> [String?] {
        [
            entity.name,
            entity.kind.rawValue,
            entity.category,
            entity.trigger,
            entity.date,
            JSONText.array(entity.aliases),
            String(entity.mentions.count),
            String(entity.documentCount),
            entity.isRole ? "true" : "false",
        ]
    }

    /// The values of ``edge`` for `relation`, in the order of ``edge``.
    static func values(of relation: Relation, documents: [DocumentID: Document]) -> [String?] {
        [
            relation.kind.rawValue,
            String(relation.weight),
            String(relation.reportCount),
            String(relation.outletCount(in: documents)),
            relation.isSingleSource ? "true" : "false",
            String(relation.confidence),
            relation.kind.isSymmetric ? "true" : "false",
            JSONText.evidence(relation.evidence.map { ($0.document.rawValue, $0.sentence, $0.text) }),
        ]
    }
}

extension Entity {
    /// The number of distinct reports among the mentions, which are in report order.
    fileprivate var documentCount: Int {
        guard var previous = mentions.first?.document else { return 0 }
        var count = 1
        for mention in mentions.dropFirst() where mention.document != previous {
            count += 1
            previous = mention.document
        }
        return count
    }
}
