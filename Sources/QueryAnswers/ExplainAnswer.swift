import GraphCore
import GraphQuery

/// The JSON answer of `explain` and `GET /api/explain`: every sentence linking two entities.
public struct ExplainAnswer: Encodable, Sendable {
    public struct Item: Encodable, Sendable {
        /// How the link was found: the relation type, `co_mentioned` for a shared sentence.
        public var relation: String
        public var direction: String
        public var typed: Bool
        /// The relation's confidence (the sentence's own is in `evidence`).
        public var confidence: Double
        public var evidence: EvidenceSummary
    }
    public var from: EntityReference
    public var to: EntityReference
    public var evidence: [Item]

    /// The answer for `explanation`, read from `a` towards `b`.
    public init(_ explanation: Explanation, from a: Entity, to b: Entity, in graph: EntityGraph) {
        from = EntityReference(a)
        to = EntityReference(b)
        evidence = explanation.items.map { item in
            Item(relation: item.relation.kind.rawValue, direction: RelationSummary.direction(item.relation, from: a.id),
                 typed: item.relation.kind.isTyped, confidence: item.relation.confidence,
                 evidence: EvidenceSummary(item.evidence, in: graph))
        }
    }
}
