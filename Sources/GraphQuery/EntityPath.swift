import GraphCore

/// A chain of relations from one entity to another, with what it costs.
public struct EntityPath: Sendable, Hashable {
    /// The hops, in order from the start; empty when start and goal are the same entity.
    public var steps: [PathStep]
    /// The chain's cost: 1,000 a hop, plus 100 a co-mention, plus up to 9 for a relation
    /// supported by fewer than 10 sentences. Lower is better: fewer hops first, then typed
    /// and well-supported relations.
    public var cost: Int

    public init(steps: [PathStep], cost: Int) {
        self.steps = steps
        self.cost = cost
    }
}

/// The answer to an all-paths question: the cheapest chains found, and whether the search
/// saw every chain or stopped at its budget.
public struct PathSet: Sendable {
    /// The cheapest chains, cheapest first.
    public var paths: [EntityPath]
    /// How many chains within the length limit were found, counting those left out.
    public var found: Int
    /// Whether every chain within the length limit was seen; `false` when the search
    /// stopped at its budget, in which case the paths shown are the cheapest it saw.
    public var complete: Bool
}
