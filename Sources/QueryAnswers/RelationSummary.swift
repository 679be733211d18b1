import GraphCore

/// A relation as seen from one of its ends, with all its evidence: used by `path`,
/// `explain` and `common`.
public struct RelationSummary: Encodable, Sendable {
    public var type: String
    /// `forward`, `backward` or `both`; see ``direction(_:from:)``.
    public var direction: String
    public var weight: Int
    /// See `Relation+Confidence.swift`.
    public var confidence: Double
    public var evidence: [EvidenceSummary]

    public init(_ relation: Relation, from: EntityID, in graph: EntityGraph) {
        type = relation.kind.rawValue
        direction = Self.direction(relation, from: from)
        weight = relation.weight
        confidence = relation.confidence
        evidence = relation.evidence.map { EvidenceSummary($0, in: graph) }
    }

    /// `forward` when `relation` reads from `from`, `backward` when it reads towards it,
    /// `both` for co-mentions: the `direction` field of the JSON answers.
    public static func direction(_ relation: Relation, from: EntityID) -> String {
        if relation.kind.isSymmetric { return "both" }
        return relation.source == from ? "forward" : "backward"
    }
}
