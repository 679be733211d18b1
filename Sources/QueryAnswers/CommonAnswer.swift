import GraphCore
import GraphQuery

/// The JSON answer of `common` and `GET /api/common`: the entities linked to both of two.
public struct CommonAnswer: Encodable, Sendable {
    public struct Item: Encodable, Sendable {
        public var entity: EntityReference
        public var withFirst: [RelationSummary]
        public var withSecond: [RelationSummary]

        enum CodingKeys: String, CodingKey {
            case entity
            case withFirst = "with_first"
            case withSecond = "with_second"
        }
    }
    public var first: EntityReference
    public var second: EntityReference
    public var total: Int
    public var common: [Item]

    /// The answer for `common`, the neighbours shared by `a` and `b`.
    public init(_ common: CommonNeighbors, first a: Entity, second b: Entity, in graph: EntityGraph) {
        first = EntityReference(a)
        second = EntityReference(b)
        total = common.total
        self.common = common.neighbors.map { neighbor in
            Item(entity: EntityReference(neighbor.entity),
                 withFirst: neighbor.withFirst.map { RelationSummary($0, from: a.id, in: graph) },
                 withSecond: neighbor.withSecond.map { RelationSummary($0, from: b.id, in: graph) })
        }
    }
}
