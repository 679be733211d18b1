import GraphCore

/// What `neighbors` should look for: how far to walk, which relations to follow, which
/// entities to return and how many.
public struct NeighborQuery: Sendable, Hashable {
    /// How many relations away to look (1 for direct neighbours).
    public var depth: Int
    /// Only entities of these kinds are returned; `nil` for all. The walk still passes
    /// through entities of other kinds, so a place two hops away through an agency is found.
    public var kinds: Set<EntityKind>?
    /// Only relations of these kinds are followed; `nil` for all.
    public var relationKinds: Set<RelationKind>?
    /// Only relations supported by at least this many sentences are followed.
    public var minimumWeight: Int
    /// At most this many neighbours are returned, the strongest; the rest are only counted.
    public var limit: Int?

    public init(depth: Int = 1, kinds: Set<EntityKind>? = nil, relationKinds: Set<RelationKind>? = nil,
                minimumWeight: Int = 1, limit: Int? = nil) {
        self.depth = depth
        self.kinds = kinds
        self.relationKinds = relationKinds
        self.minimumWeight = minimumWeight
        self.limit = limit
    }
}

/// The answer to a ``NeighborQuery``: the strongest neighbours and how many there are in all.
public struct Neighborhood: Sendable {
    /// The entity asked about.
    public var center: Entity
    /// The neighbours returned, nearest first, then strongest first.
    public var neighbors: [Neighbor]
    /// How many neighbours matched, counting those the limit left out.
    public var total: Int

    /// How many matching neighbours the limit left out.
    public var omitted: Int { total - neighbors.count }
}
