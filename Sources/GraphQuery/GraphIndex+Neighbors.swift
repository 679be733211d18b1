import GraphCore

extension GraphIndex {
    /// The entities within `query.depth` relations of `start`, nearest first, then
    /// strongest first: typed relations before co-mentions, then heavier relations, then
    /// by name.
    ///
    /// The walk is breadth-first and follows only the relations the query allows. Each
    /// entity appears once, at its smallest depth, reached from the first entity of the
    /// previous level (in identifier order) that links to it. With a limit, only the
    /// strongest neighbours are built; the others are counted in ``Neighborhood/total``.
    ///
    /// - Complexity: O(V' + E' + n log k) over the V' entities and E' links within reach,
    ///   n matching neighbours and k the limit; the arrays it needs are O(V).
    public func neighbors(of start: EntityID, _ query: NeighborQuery = NeighborQuery()) -> Neighborhood? {
        guard let origin = numbers[start] else { return nil }
        let allowed = allowedKinds(query.relationKinds)
        var depthOf = [Int](repeating: 0, count: entities.count)  // 0: not reached
        depthOf[origin] = -1
        var frontier = [origin]
        var found: [Candidate] = []
        var level = 0
        while level < query.depth, !frontier.isEmpty {
            level += 1
            var next: [Int] = []
            for from in frontier {
                for position in linkRange(from) {
                    let link = links[position]
                    guard allowed[link.kind], link.weight >= query.minimumWeight, depthOf[link.other] == 0 else { continue }
                    depthOf[link.other] = level
                    next.append(link.other)
                    // Links are strongest first, so the first link found is the strongest to `from`.
                    if query.kinds?.contains(entities[link.other].kind) ?? true {
                        found.append(Candidate(number: link.other, depth: level, via: from, strongest: link))
                    }
                }
            }
            next.sort()
            frontier = next
        }
        let ordered = found.sortedPrefix(query.limit ?? found.count) { a, b in
            if a.depth != b.depth { return a.depth < b.depth }
            if a.strongest.typed != b.strongest.typed { return a.strongest.typed }
            if a.strongest.weight != b.strongest.weight { return a.strongest.weight > b.strongest.weight }
            let nameA = entities[a.number].name, nameB = entities[b.number].name
            if nameA != nameB { return nameA < nameB }
            return a.number < b.number
        }
        let neighbors = ordered.map { candidate in
            let relations = linkRange(candidate.via).compactMap { position -> Relation? in
                let link = links[position]
                guard link.other == candidate.number, allowed[link.kind], link.weight >= query.minimumWeight else { return nil }
                return self.relations[link.relation]
            }
            return Neighbor(entity: entities[candidate.number], depth: candidate.depth, via: entities[candidate.via].id, relations: relations)
        }
        return Neighborhood(center: entities[origin], neighbors: neighbors, total: found.count)
    }

    private struct Candidate {
        var number: Int
        var depth: Int
        var via: Int
        var strongest: Link
    }
}
