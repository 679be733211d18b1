extension EntityGraph {
    /// How much an entity matters to a picture of the graph: how often the reports name
    /// it, plus the sentences behind its relations, typed relations counting double.
    ///
    /// A hub that many stated relations reach outranks one that is only named beside
    /// others, and an entity named often but linked to nothing still counts.
    ///
    /// - Complexity: O(d) where d is the entity's degree.
    public func importance(of id: EntityID) -> Int {
        guard let entity = entities[id] else { return 0 }
        return relations(of: id).reduce(entity.mentions.count) { sum, relation in
            sum + relation.weight * (relation.kind.isTyped ? 2 : 1)
        }
    }

    /// Every entity, most important first (see ``importance(of:)``); ties go to the smaller
    /// identifier, so the order is the same on every run.
    ///
    /// - Complexity: O(V log V + E).
    public func entitiesByImportance() -> [EntityID] {
        var score: [EntityID: Int] = [:]
        score.reserveCapacity(entities.count)
        for (id, entity) in entities { score[id] = entity.mentions.count }
        for relation in relations.values {
            let points = relation.weight * (relation.kind.isTyped ? 2 : 1)
            score[relation.source, default: 0] += points
            score[relation.target, default: 0] += points
        }
        return score.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.map(\.key)
    }
}
