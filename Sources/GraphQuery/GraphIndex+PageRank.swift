import GraphCore

extension GraphIndex {
    /// Weighted PageRank of every entity, by entity number; the scores sum to 1.
    ///
    /// Relations are read both ways (a co-mention has no direction, and "Onsong located_in
    /// North Hamgyong" makes each matter to the other), and an entity passes its score to
    /// its neighbours in proportion to the weight of the relations to them: the number of
    /// sentences that support them. A random walker follows a relation with probability
    /// `damping`, else jumps to any entity; an entity with no relation spreads its score
    /// over all. Power iteration stops when the scores move by less than `tolerance` in
    /// total (L1), or after `maxIterations`.
    ///
    /// - Complexity: O(I · (V + E)) for I iterations (at most 100; the default tolerance,
    ///   1e-5 over scores that sum to 1, takes about 70 on a large graph); O(V) memory.
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-5, maxIterations: Int = 100) -> [Double] {
        let count = entities.count
        guard count > 0 else { return [] }
        // Flat copies of the links' ends and weights: the loop below reads them I times.
        let targets = links.map { Int32($0.other) }
        let weights = links.map { Double($0.weight) }
        var strength = [Double](repeating: 0, count: count)
        for number in 0..<count {
            for position in linkRange(number) { strength[number] += weights[position] }
        }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = [Double](repeating: 0, count: count)
        targets.withUnsafeBufferPointer { targets in
            weights.withUnsafeBufferPointer { weights in
                linkStart.withUnsafeBufferPointer { start in
                    for _ in 0..<maxIterations {
                        var dangling = 0.0
                        for number in 0..<count where strength[number] == 0 { dangling += rank[number] }
                        let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
                        let change = next.withUnsafeMutableBufferPointer { next in
                            rank.withUnsafeBufferPointer { rank in
                                for number in 0..<count { next[number] = base }
                                for number in 0..<count where strength[number] > 0 {
                                    let share = damping * rank[number] / strength[number]
                                    for position in start[number]..<start[number + 1] {
                                        next[Int(targets[position])] += share * weights[position]
                                    }
                                }
                                var change = 0.0
                                for number in 0..<count { change += abs(next[number] - rank[number]) }
                                return change
                            }
                        }
                        swap(&rank, &next)
                        if change < tolerance { break }
                    }
                }
            }
        }
        return rank
    }
}
