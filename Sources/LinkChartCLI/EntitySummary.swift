import GraphCore

/// An entity as the query commands print it in JSON.
struct EntitySummary: Encodable {
    var id: String
    var name: String
    var type: String
    var aliases: [String]
    var mentionCount: Int
    var reportCount: Int
    var reports: [String]

    init(_ entity: Entity) {
        id = entity.id.rawValue
        name = entity.name
        type = entity.kind.rawValue
        aliases = entity.aliases
        mentionCount = entity.mentions.count
        reports = entity.documents.map(\.rawValue)
        reportCount = reports.count
    }

    enum CodingKeys: String, CodingKey {
        case id, name, type, aliases, reports
        case mentionCount = "mention_count"
        case reportCount = "report_count"
    }
}

/// A short reference to an entity inside another JSON answer.
struct EntityReference: Encodable {
    var id: String
    var name: String
    var type: String

    init(_ entity: Entity) {
        id = entity.id.rawValue
        name = entity.name
        type = entity.kind.rawValue
    }
}

/// One piece of evidence in JSON, with the report's path so a reader can open it, and
/// the report's date when it has one.
struct EvidenceSummary: Encodable {
    var document: String
    var path: String?
    var date: String?
    var sentence: Int
    var text: String
    /// How the link was read from the sentence (`apposition`, `event_agent`…).
    var rule: String?
    var confidence: Double?
    /// For participants: `agent` or `target`, and the word that says so.
    var role: String?
    var roleWord: String?

    init(_ evidence: Evidence, in graph: EntityGraph) {
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

extension Array where Element == String {
    /// A short list for a table cell: the first few items and how many more there are.
    func abbreviatedList(_ limit: Int = 3) -> String {
        guard count > limit else { return joined(separator: ", ") }
        return prefix(limit).joined(separator: ", ") + ", +\(count - limit)"
    }
}

/// A relation as seen from one of its ends, with all its evidence: used by `path`,
/// `explain` and `common`.
struct RelationSummary: Encodable {
    var type: String
    /// `forward`, `backward` or `both`; see ``RelationText/direction(_:from:)``.
    var direction: String
    var weight: Int
    /// See `Relation+Confidence.swift`.
    var confidence: Double
    var evidence: [EvidenceSummary]

    init(_ relation: Relation, from: EntityID, in graph: EntityGraph) {
        type = relation.kind.rawValue
        direction = RelationText.direction(relation, from: from)
        weight = relation.weight
        confidence = relation.confidence
        evidence = relation.evidence.map { EvidenceSummary($0, in: graph) }
    }
}
