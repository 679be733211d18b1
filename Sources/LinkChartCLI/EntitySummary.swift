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

/// One piece of evidence in JSON, with the report's path so a reader can open it.
struct EvidenceSummary: Encodable {
    var document: String
    var path: String?
    var sentence: Int
    var text: String

    init(_ evidence: Evidence, in graph: EntityGraph) {
        document = evidence.document.rawValue
        path = graph.documents[evidence.document]?.path
        sentence = evidence.sentence
        text = evidence.text
    }
}

extension Array where Element == String {
    /// A short list for a table cell: the first few items and how many more there are.
    func abbreviatedList(_ limit: Int = 3) -> String {
        guard count > limit else { return joined(separator: ", ") }
        return prefix(limit).joined(separator: ", ") + ", +\(count - limit)"
    }
}
