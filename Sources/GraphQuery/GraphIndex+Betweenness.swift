import GraphCore

/// Betweenness scores, and whether they are exact or estimated from sampled sources.
public struct BetweennessScores: Sendable {
    /// By entity number: for each pair of other entities, the share of their shortest chains
    /// that pass through the entity, summed over all unordered pairs.
    public var scores: [Double]
    /// Whether every entity was used as a source (exact scores).
    public var exact: Bool
    /// How many entities were used as sources.
    public var sources: Int
}

extension GraphIndex {
    /// The seed of the sampled sources, fixed so that the same graph always gives the same
    /// scores.
    public static let betweennessSeed: UInt64 = 0x6C69_6E6B_6368_6172  // "linkchar"

    /// Betweenness centrality of every entity (Brandes' algorithm), by entity number.
    ///
    /// Chains are counted in hops: relations are read both ways and two entities linked by
    /// several relations count as linked once, whatever the weight. Pairs are unordered, so
    /// the centre of a star of n leaves scores n(n − 1)/2.
    ///
    /// Exact Brandes costs one breadth-first search per entity, O(V · (V + E)): fine for a
    /// corpus of a few hundred reports, minutes for 10,000. So when V · (V + E) exceeds
    /// `budget`, the searches start from only `budget / (V + E)` entities (at least 1),
    /// chosen by a SplitMix64 generator seeded with ``betweennessSeed``, and each score is
    /// scaled by V / sources: an unbiased estimate (Brandes and Pich, 2007) whose ranking of
    /// the clear hubs is stable, while the order among low scorers is rough.
    ///
    /// - Complexity: O(min(V, budget / (V + E)) · (V + E)) time, O(V + E) memory.
    public func betweenness(budget: Int = 8_000_000) -> BetweennessScores {
        let count = entities.count
        guard count > 0 else { return BetweennessScores(scores: [], exact: true, sources: 0) }
        let (start, adjacency) = simpleAdjacency()
        let work = count + adjacency.count
        let exact = count * work <= budget
        let sources = exact ? Array(0..<count) : sampledSources(max(1, budget / work), of: count)

        var scores = [Double](repeating: 0, count: count)
        var distance = [Int32](repeating: -1, count: count)
        var paths = [Double](repeating: 0, count: count)
        var dependency = [Double](repeating: 0, count: count)
        var order = [Int32](repeating: 0, count: count)
        // Unsafe buffers: this loop runs (sources · links) times, and bounds checks on
        // five arrays would double its cost.
        start.withUnsafeBufferPointer { start in
            adjacency.withUnsafeBufferPointer { adjacency in
                distance.withUnsafeMutableBufferPointer { distance in
                    paths.withUnsafeMutableBufferPointer { paths in
                        dependency.withUnsafeMutableBufferPointer { dependency in
                            order.withUnsafeMutableBufferPointer { order in
                                for source in sources {
                                    distance[source] = 0
                                    paths[source] = 1
                                    order[0] = Int32(source)
                                    var head = 0, tail = 1
                                    while head < tail {
                                        let v = Int(order[head])
                                        head += 1
                                        let next = distance[v] + 1
                                        for position in start[v]..<start[v + 1] {
                                            let w = Int(adjacency[position])
                                            if distance[w] < 0 {
                                                distance[w] = next
                                                order[tail] = Int32(w)
                                                tail += 1
                                            }
                                            if distance[w] == next { paths[w] += paths[v] }
                                        }
                                    }
                                    for index in stride(from: tail - 1, through: 0, by: -1) {
                                        let w = Int(order[index])
                                        let previous = distance[w] - 1
                                        let share = (1 + dependency[w]) / paths[w]
                                        for position in start[w]..<start[w + 1] {
                                            let v = Int(adjacency[position])
                                            if distance[v] == previous { dependency[v] += paths[v] * share }
                                        }
                                        if w != source { scores[w] += dependency[w] }
                                    }
                                    for index in 0..<tail {
                                        let v = Int(order[index])
                                        distance[v] = -1
                                        paths[v] = 0
                                        dependency[v] = 0
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Each unordered pair was counted from both ends; sampling saw sources/count of them.
        let scale = Double(count) / Double(sources.count) / 2
        return BetweennessScores(scores: scores.map { $0 * scale }, exact: exact, sources: sources.count)
    }

    /// Each entity's distinct neighbours, as flat arrays: `adjacency[start[n]..<start[n + 1]]`.
    ///
    /// - Complexity: O(V + E).
    private func simpleAdjacency() -> (start: [Int], adjacency: [Int32]) {
        var stamp = [Int](repeating: -1, count: entities.count)
        var start = [0]
        start.reserveCapacity(entities.count + 1)
        var adjacency: [Int32] = []
        adjacency.reserveCapacity(links.count)
        for number in entities.indices {
            for position in linkRange(number) where stamp[links[position].other] != number {
                stamp[links[position].other] = number
                adjacency.append(Int32(links[position].other))
            }
            start.append(adjacency.count)
        }
        return (start, adjacency)
    }

    /// `k` distinct entity numbers below `count`, by a partial Fisher–Yates shuffle driven
    /// by SplitMix64 from ``betweennessSeed``.
    private func sampledSources(_ k: Int, of count: Int) -> [Int] {
        var generator = SplitMix64(seed: Self.betweennessSeed)
        var pool = Array(0..<count)
        for i in 0..<min(k, count) {
            let j = i + Int(generator.next() % UInt64(count - i))
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(k))
    }
}
