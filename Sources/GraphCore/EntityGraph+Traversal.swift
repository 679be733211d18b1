extension EntityGraph {
    /// The entities within `depth` relations of `start`, nearest and strongest first.
    ///
    /// Traversal passes through entities of every kind; `kinds`, when given, only filters
    /// what is returned. Each entity appears once, at its smallest depth.
    ///
    /// - Complexity: O(V + E log E) over the part of the graph within `depth`.
    public func neighbors(of start: EntityID, depth: Int = 1, kinds: Set<EntityKind>? = nil) -> [Neighbor] {
        guard entities[start] != nil, depth > 0 else { return [] }
        var seen: Set<EntityID> = [start]
        var frontier: [EntityID] = [start]
        var found: [Neighbor] = []
        for level in 1...depth {
            var next: [EntityID] = []
            var reached: [EntityID: (via: EntityID, relations: [Relation])] = [:]
            for from in frontier {
                for relation in relations(of: from) {
                    let to = relation.otherEnd(from: from)
                    guard !seen.contains(to) else { continue }
                    if var entry = reached[to] {
                        if entry.via == from { entry.relations.append(relation) }
                        reached[to] = entry
                    } else {
                        reached[to] = (from, [relation])
                    }
                }
            }
            for (id, entry) in reached {
                seen.insert(id)
                next.append(id)
                guard let entity = entities[id] else { continue }
                if let kinds, !kinds.contains(entity.kind) { continue }
                found.append(Neighbor(entity: entity, depth: level, via: entry.via, relations: entry.relations.sorted(by: Relation.isStronger)))
            }
            frontier = next.sorted()
            if frontier.isEmpty { break }
        }
        return found.sorted { a, b in
            if a.depth != b.depth { return a.depth < b.depth }
            if Relation.isStronger(a.strongest, than: b.strongest) { return true }
            if Relation.isStronger(b.strongest, than: a.strongest) { return false }
            return (a.entity.name, a.entity.id) < (b.entity.name, b.entity.id)
        }
    }
}

extension Relation {
    /// Whether `a` should be listed before `b`: typed relations first, then heavier ones,
    /// then by identifier so the order is total and deterministic.
    public static func isStronger(_ a: Relation, than b: Relation) -> Bool {
        if a.kind.isTyped != b.kind.isTyped { return a.kind.isTyped }
        if a.weight != b.weight { return a.weight > b.weight }
        return a.id < b.id
    }
}
