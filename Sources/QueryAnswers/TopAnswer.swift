import GraphCore
import GraphQuery

/// The JSON answer of `top` and `GET /api/top`: the entities ranked by a centrality.
public struct TopAnswer: Encodable, Sendable {
    public struct Item: Encodable, Sendable {
        public var entity: EntityReference
        public var score: Double
    }
    public var by: String
    public var type: String?
    public var total: Int
    public var exact: Bool
    /// How many sampled sources estimated betweenness, when it was estimated.
    public var sources: Int?
    public var entities: [Item]

    /// The answer for `ranking`, by `centrality`, of entities of `kind` (all when `nil`).
    public init(_ ranking: Ranking, by centrality: Centrality, kind: EntityKind?) {
        by = centrality.rawValue
        type = kind?.rawValue
        total = ranking.total
        exact = ranking.exact
        sources = ranking.sources
        entities = ranking.entities.map { Item(entity: EntityReference($0.entity), score: $0.score) }
    }
}
