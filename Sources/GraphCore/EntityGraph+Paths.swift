extension EntityGraph {
    /// The shortest chain of relations from `start` to `goal`, or `nil` when none exists.
    ///
    /// Fewest hops wins. Among chains of equal length, typed relations are preferred over
    /// co-mentions and heavier relations over lighter ones, so the chain shown is the best
    /// supported one; remaining ties are broken by identifier, so the answer is stable.
    ///
    /// - Complexity: O((V + E) log V), Dijkstra's algorithm with a binary heap.
    public func shortestPath(from start: EntityID, to goal: EntityID) -> [PathStep]? {
        guard entities[start] != nil, entities[goal] != nil else { return nil }
        if start == goal { return [] }
        var best: [EntityID: Int] = [start: 0]
        var cameBy: [EntityID: PathStep] = [:]
        var queue = _MinHeap<QueueItem>()
        queue.insert(QueueItem(cost: 0, entity: start))
        while let item = queue.popMin() {
            if item.entity == goal { break }
            guard item.cost == best[item.entity] else { continue }  // stale entry
            for relation in relations(of: item.entity) {
                let next = relation.otherEnd(from: item.entity)
                let cost = item.cost + Self.hopCost(relation)
                if let known = best[next], known <= cost { continue }
                best[next] = cost
                cameBy[next] = PathStep(from: item.entity, to: next, relation: relation)
                queue.insert(QueueItem(cost: cost, entity: next))
            }
        }
        guard cameBy[goal] != nil else { return nil }
        var steps: [PathStep] = []
        var cursor = goal
        while cursor != start, let step = cameBy[cursor] {
            steps.append(step)
            cursor = step.from
        }
        return steps.reversed()
    }

    /// A hop costs 1000, plus 100 for a co-mention, minus up to 9 for weight: hop count
    /// dominates, then evidence quality.
    static func hopCost(_ relation: Relation) -> Int {
        1000 + (relation.kind.isTyped ? 0 : 100) + (9 - min(relation.weight, 9))
    }

    private struct QueueItem: Comparable {
        var cost: Int
        var entity: EntityID

        static func < (a: QueueItem, b: QueueItem) -> Bool {
            (a.cost, a.entity) < (b.cost, b.entity)
        }
    }
}
