import GraphCore
import GraphQuery

/// The JSON answer of `path` and `GET /api/path`: the cheapest chain and each hop's evidence.
public struct PathAnswer: Encodable, Sendable {
    public struct Hop: Encodable, Sendable {
        public var from: EntityReference
        public var to: EntityReference
        public var relation: String
        /// `forward` when the relation reads from `from` to `to`, `backward` when it reads
        /// the other way, `both` for co-mentions.
        public var direction: String
        public var weight: Int
        public var evidence: [EvidenceSummary]
    }
    public var from: EntityReference
    public var to: EntityReference
    public var cost: Int
    public var hops: [Hop]

    /// The answer for `path`, found in `index` from `start` to `goal`.
    public init(_ path: EntityPath, from start: Entity, to goal: Entity, in index: GraphIndex) {
        from = EntityReference(start)
        to = EntityReference(goal)
        cost = path.cost
        hops = Self.hops(path, index)
    }

    /// The hops of `path`, each read from the entity it leaves.
    public static func hops(_ path: EntityPath, _ index: GraphIndex) -> [Hop] {
        path.steps.compactMap { step in
            guard let a = index.entity(step.from), let b = index.entity(step.to) else { return nil }
            let summary = RelationSummary(step.relation, from: step.from, in: index.graph)
            return Hop(from: EntityReference(a), to: EntityReference(b), relation: summary.type,
                       direction: summary.direction, weight: summary.weight, evidence: summary.evidence)
        }
    }
}

/// The JSON answer of `path --all` and `GET /api/path?all=true`.
public struct AllPathsAnswer: Encodable, Sendable {
    public struct Chain: Encodable, Sendable {
        public var cost: Int
        public var hops: [PathAnswer.Hop]
    }
    public var from: EntityReference
    public var to: EntityReference
    public var maxLength: Int
    public var found: Int
    public var complete: Bool
    public var paths: [Chain]

    /// The answer for the chains of `set`, of at most `maxLength` hops from `start` to `goal`.
    public init(_ set: PathSet, from start: Entity, to goal: Entity, maxLength: Int, in index: GraphIndex) {
        from = EntityReference(start)
        to = EntityReference(goal)
        self.maxLength = maxLength
        found = set.found
        complete = set.complete
        paths = set.paths.map { Chain(cost: $0.cost, hops: PathAnswer.hops($0, index)) }
    }

    enum CodingKeys: String, CodingKey {
        case from, to, found, complete, paths
        case maxLength = "max_length"
    }
}
