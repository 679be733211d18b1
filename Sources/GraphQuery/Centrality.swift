import GraphCore

/// A way to measure how much an entity matters in the graph.
public enum Centrality: String, Sendable, CaseIterable {
    /// How many distinct entities it is linked to.
    case degree
    /// Weighted PageRank: linked to by entities that are themselves well linked, along
    /// relations supported by many sentences. See ``GraphIndex/pageRank(damping:tolerance:maxIterations:)``.
    case pagerank
    /// Betweenness: how many shortest chains between other entities pass through it; the
    /// brokers between otherwise separate groups. See ``GraphIndex/betweenness(budget:)``.
    case betweenness
}

/// An entity and its score under some measure.
public struct RankedEntity: Sendable, Hashable {
    public var entity: Entity
    public var score: Double
}

/// The answer to a `top` question.
public struct Ranking: Sendable {
    /// The measure used.
    public var centrality: Centrality
    /// The highest-scoring entities, highest first (ties by name).
    public var entities: [RankedEntity]
    /// How many entities were ranked (those of the kind asked for), counting those left out.
    public var total: Int
    /// For betweenness: whether the scores are exact, or estimated from sampled sources.
    public var exact: Bool
    /// For sampled betweenness: how many source entities were used.
    public var sources: Int?
}

extension GraphIndex {
    /// The `limit` entities (of `kinds`, when given) that score highest under `centrality`.
    ///
    /// Every measure is computed over the whole graph, whatever `kinds` says: an agency is
    /// central because of the places and people around it too.
    ///
    /// - Complexity: that of the measure (degree O(V + E), ``pageRank(damping:tolerance:maxIterations:)``,
    ///   ``betweenness(budget:)``), plus O(V log k) to pick the top k.
    public func top(by centrality: Centrality, kinds: Set<EntityKind>? = nil, limit: Int = 10) -> Ranking {
        var exact = true
        var sources: Int?
        let scores: [Double]
        switch centrality {
        case .degree:
            scores = distinctNeighborCounts().map(Double.init)
        case .pagerank:
            scores = pageRank()
        case .betweenness:
            let result = betweenness()
            scores = result.scores
            exact = result.exact
            sources = result.exact ? nil : result.sources
        }
        let candidates = entities.indices.filter { kinds?.contains(entities[$0].kind) ?? true }
        let best = candidates.sortedPrefix(limit) { a, b in
            if scores[a] != scores[b] { return scores[a] > scores[b] }
            let (na, nb) = (entities[a].name, entities[b].name)
            return na != nb ? na < nb : a < b
        }
        return Ranking(centrality: centrality, entities: best.map { RankedEntity(entity: entities[$0], score: scores[$0]) },
                       total: candidates.count, exact: exact, sources: sources)
    }

    /// For each entity, how many distinct entities it is linked to.
    ///
    /// - Complexity: O(V + E).
    func distinctNeighborCounts() -> [Int] {
        var stamp = [Int](repeating: -1, count: entities.count)
        return entities.indices.map { number in
            var count = 0
            for position in linkRange(number) where stamp[links[position].other] != number {
                stamp[links[position].other] = number
                count += 1
            }
            return count
        }
    }
}
