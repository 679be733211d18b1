import GraphCore

/// One hop of a path through the graph: from one entity to the next along a relation.
public struct PathStep: Sendable, Hashable {
    /// Where the hop starts.
    public var from: EntityID
    /// Where the hop ends.
    public var to: EntityID
    /// The relation followed, with its evidence.
    public var relation: Relation
}
