import GraphCore

extension GraphIndex {
    /// The cheapest chain of relations from `start` to `goal`, or `nil` when none exists.
    ///
    /// Fewest hops wins. Among chains of equal length, typed relations are preferred over
    /// co-mentions and heavier relations over lighter ones (see ``EntityPath/cost``), so
    /// the chain shown is the best supported one; remaining ties are broken by identifier,
    /// so the answer is stable. Only relations of `relationKinds` are followed, when given.
    ///
    /// - Complexity: O((V + E) log V), Dijkstra's algorithm with a binary heap; it stops as
    ///   soon as `goal` is settled.
    public func shortestPath(from start: EntityID, to goal: EntityID, relationKinds: Set<RelationKind>? = nil) -> EntityPath? {
        guard let origin = numbers[start], let target = numbers[goal] else { return nil }
        if origin == target { return EntityPath(steps: [], cost: 0) }
        let allowed = allowedKinds(relationKinds)
        var best = [Int](repeating: .max, count: entities.count)
        var cameBy = [Int](repeating: -1, count: entities.count)  // position of the link used
        var cameFrom = [Int](repeating: -1, count: entities.count)
        best[origin] = 0
        var queue = _MinHeap<QueueItem>()
        queue.insert(QueueItem(cost: 0, entity: origin))
        while let item = queue.popMin() {
            if item.entity == target { break }
            guard item.cost == best[item.entity] else { continue }  // stale entry
            for position in linkRange(item.entity) where allowed[links[position].kind] {
                let link = links[position]
                let cost = item.cost + Self.hopCost(link)
                guard cost < best[link.other] else { continue }
                best[link.other] = cost
                cameBy[link.other] = position
                cameFrom[link.other] = item.entity
                queue.insert(QueueItem(cost: cost, entity: link.other))
            }
        }
        guard cameBy[target] >= 0 else { return nil }
        var steps: [PathStep] = []
        var cursor = target
        while cursor != origin {
            steps.append(step(from: cameFrom[cursor], along: links[cameBy[cursor]]))
            cursor = cameFrom[cursor]
        }
        return EntityPath(steps: steps.reversed(), cost: best[target])
    }

    /// The simple chains (no entity twice) of at most `maxLength` hops from `start` to
    /// `goal`, the `limit` cheapest first.
    ///
    /// A depth-first search that only enters an entity from which `goal` is still within
    /// reach (hop distances to `goal` come from one breadth-first search first), so every
    /// branch it follows ends in at least one chain and the work grows with the number of
    /// chains, not the size of the graph. That number can still grow exponentially with the
    /// length through hubs, so the search stops after examining `budget` links;
    /// ``PathSet/complete`` then says so and ``PathSet/found`` counts the chains seen.
    ///
    /// - Complexity: O(V + E) for the distances, then O(min(budget, chains · maxLength · d))
    ///   link examinations, with d the largest degree.
    public func allPaths(from start: EntityID, to goal: EntityID, maxLength: Int, limit: Int = 10,
                         relationKinds: Set<RelationKind>? = nil, budget: Int = 2_000_000) -> PathSet? {
        guard let origin = numbers[start], let target = numbers[goal] else { return nil }
        guard origin != target, maxLength > 0, limit > 0 else { return PathSet(paths: [], found: 0, complete: true) }
        let allowed = allowedKinds(relationKinds)
        let distance = hopDistances(to: target, within: maxLength, allowed: allowed)
        guard distance[origin] <= maxLength else { return PathSet(paths: [], found: 0, complete: true) }

        var kept: [(cost: Int, links: [Int], entities: [Int])] = []  // sorted, cheapest first
        var found = 0
        var examined = 0
        var onPath = [Bool](repeating: false, count: entities.count)
        var entityStack = [origin]
        var linkStack: [Int] = []
        onPath[origin] = true

        func extend(_ from: Int, cost: Int) -> Bool {  // false: budget spent
            let hops = linkStack.count
            for position in linkRange(from) {
                examined += 1
                if examined > budget { return false }
                let link = links[position]
                guard allowed[link.kind], !onPath[link.other], hops + 1 + distance[link.other] <= maxLength else { continue }
                let next = cost + Self.hopCost(link)
                if link.other == target {
                    found += 1
                    guard kept.count < limit || next <= kept[kept.count - 1].cost else { continue }
                    let entry = (cost: next, links: linkStack + [position], entities: entityStack)
                    let at = kept.firstIndex { existing in
                        entry.cost < existing.cost
                            || entry.cost == existing.cost && entry.entities.lexicographicallyPrecedes(existing.entities)
                    } ?? kept.count
                    kept.insert(entry, at: at)
                    if kept.count > limit { kept.removeLast() }
                    continue
                }
                onPath[link.other] = true
                entityStack.append(link.other)
                linkStack.append(position)
                let finished = extend(link.other, cost: next)
                linkStack.removeLast()
                entityStack.removeLast()
                onPath[link.other] = false
                if !finished { return false }
            }
            return true
        }

        let complete = extend(origin, cost: 0)
        let paths = kept.map { entry in
            EntityPath(steps: zip(entry.entities, entry.links).map { step(from: $0, along: links[$1]) }, cost: entry.cost)
        }
        return PathSet(paths: paths, found: found, complete: complete)
    }

    /// A hop costs 1,000, plus 100 for a co-mention, plus 9 minus the weight (down to 0):
    /// hop count dominates, then evidence quality.
    static func hopCost(_ link: Link) -> Int {
        1_000 + (link.typed ? 0 : 100) + (9 - min(link.weight, 9))
    }

    /// Hops from every entity to `target` along allowed relations, counting up to `limit`;
    /// entities further away get `limit + 1`.
    ///
    /// - Complexity: O(V + E) over the part within `limit` hops.
    func hopDistances(to target: Int, within limit: Int, allowed: [Bool]) -> [Int] {
        var distance = [Int](repeating: limit + 1, count: entities.count)
        distance[target] = 0
        var frontier = [target]
        var level = 0
        while level < limit, !frontier.isEmpty {
            level += 1
            var next: [Int] = []
            for from in frontier {
                for position in linkRange(from) where allowed[links[position].kind] {
                    let other = links[position].other
                    if distance[other] > level {
                        distance[other] = level
                        next.append(other)
                    }
                }
            }
            frontier = next
        }
        return distance
    }

    private func step(from number: Int, along link: Link) -> PathStep {
        PathStep(from: entities[number].id, to: entities[link.other].id, relation: relations[link.relation])
    }

    private struct QueueItem: Comparable {
        var cost: Int
        var entity: Int

        static func < (a: QueueItem, b: QueueItem) -> Bool {
            (a.cost, a.entity) < (b.cost, b.entity)
        }
    }
}
