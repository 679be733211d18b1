import GraphCore
import GraphQuery

/// The JSON answer of `neighbors` and `GET /api/neighbors`.
public struct NeighborsAnswer: Encodable, Sendable {
    public struct Item: Encodable, Sendable {
        public struct RelationWeight: Encodable, Sendable {
            public var type: String
            public var weight: Int
        }
        public var entity: EntityReference
        public var depth: Int
        public var via: EntityReference?
        public var relation: String
        public var weight: Int
        /// The strongest relation's confidence.
        public var confidence: Double
        public var relations: [RelationWeight]
        public var evidence: EvidenceSummary?
    }
    public var entity: EntityReference
    public var depth: Int
    /// How many neighbours matched; `omitted` of them were left out by `--limit`.
    public var total: Int
    public var omitted: Int
    public var neighbors: [Item]

    /// The answer for `neighborhood`, found in `index` by walking `depth` relations.
    ///
    /// Each neighbour's `relation`, `weight` and `evidence` describe its strongest link to
    /// the entity it was reached from.
    public init(_ neighborhood: Neighborhood, depth: Int, in index: GraphIndex) {
        entity = EntityReference(neighborhood.center)
        self.depth = depth
        total = neighborhood.total
        omitted = neighborhood.omitted
        neighbors = neighborhood.neighbors.map { neighbor in
            Item(
                entity: EntityReference(neighbor.entity), depth: neighbor.depth,
                via: index.entity(neighbor.via).map(EntityReference.init),
                relation: neighbor.strongest.kind.rawValue, weight: neighbor.strongest.weight, confidence: neighbor.strongest.confidence,
                relations: neighbor.relations.map { .init(type: $0.kind.rawValue, weight: $0.weight) },
                evidence: neighbor.strongest.evidence.first.map { EvidenceSummary($0, in: index.graph) })
        }
    }
}
