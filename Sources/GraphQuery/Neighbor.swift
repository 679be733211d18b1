import GraphCore

/// An entity reached from another one by following relations.
public struct Neighbor: Sendable, Hashable {
    /// The entity reached.
    public var entity: Entity
    /// How many relations away from the start it is (1 for direct neighbours).
    public var depth: Int
    /// The entity it was reached from (the start, for direct neighbours).
    public var via: EntityID
    /// The relations between ``via`` and ``entity``, strongest first: typed relations
    /// before co-mentions, then by weight.
    public var relations: [Relation]

    /// The strongest relation linking it to ``via``.
    public var strongest: Relation { relations[0] }
}
