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
    /// - Complexity: O(I · (V + E)) for I iterations (about 20–60 at the default
    ///   tolerance); O(V) memory.
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100) -> [Double] {
        let count = entities.count
        guard count > 0 else { return [] }
        var strength = [Double](repeating: 0, count: count)
        for number in 0..<count {
            for position in linkRange(number) { strength[number] += Double(links[position].weight) }
        }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = [Double](repeating: 0, count: count)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for number in 0..<count where strength[number] == 0 { dangling += rank[number] }
            let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
            for number in 0..<count { next[number] = base }
            for number in 0..<count where strength[number] > 0 {
                let share = damping * rank[number] / strength[number]
                for position in linkRange(number) {
                    next[links[position].other] += share * Double(links[position].weight)
                }
            }
            var change = 0.0
            for number in 0..<count { change += abs(next[number] - rank[number]) }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }
}
