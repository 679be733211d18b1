extension EntityGraph {
    /// For each entity that lies in another, the one entity it is drawn inside: the target
    /// of its strongest `located_in` relation.
    ///
    /// The result is a forest, so it can be drawn as nested boxes: an entity that
    /// `located_in` puts in two places keeps the relation with more supporting sentences
    /// (then the smaller identifier), and a relation that would close a cycle is ignored.
    ///
    /// - Complexity: O(E log E + V · h), h the depth of the deepest nesting.
    public func containers() -> [EntityID: EntityID] {
        let located = relations.values
            .filter { $0.kind == .locatedIn && $0.source != $0.target }
            .sorted(by: Relation.isStronger)
        var parent: [EntityID: EntityID] = [:]
        for relation in located where parent[relation.source] == nil {
            // Walk up from the would-be container; meeting the child means a cycle.
            var ancestor: EntityID? = relation.target
            var closesCycle = false
            while let current = ancestor {
                if current == relation.source {
                    closesCycle = true
                    break
                }
                ancestor = parent[current]
            }
            if !closesCycle { parent[relation.source] = relation.target }
        }
        return parent
    }
}
