import GraphCore

/// An entity as the query answers give it in JSON: `entities --json` lists these, and
/// `GET /api/entities/{id}` answers with one.
public struct EntitySummary: Encodable, Sendable {
    public var id: String
    public var name: String
    public var type: String
    public var aliases: [String]
    public var mentionCount: Int
    public var reportCount: Int
    public var reports: [String]

    public init(_ entity: Entity) {
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
public struct EntityReference: Encodable, Sendable {
    public var id: String
    public var name: String
    public var type: String

    public init(_ entity: Entity) {
        id = entity.id.rawValue
        name = entity.name
        type = entity.kind.rawValue
    }
}
