import GraphCore

extension GraphIndex {
    /// Finds the entity a user means by `name`.
    ///
    /// `name` is compared with every entity's identifier, canonical name and aliases by
    /// ``NameKey`` (case- and hyphen-insensitively). A canonical name beats an alias, so
    /// "Ministry of State Security" is found even though another entity lists it as a
    /// former name; when several entities share the best kind of match the result is
    /// ``NameMatch/ambiguous(_:)``. A miss suggests the best ``search(_:limit:)`` hits.
    ///
    /// - Complexity: O(L) for a name of length L, through the index's name tables; a miss
    ///   adds the cost of building a ``NameSearch`` (O(A) over all names and aliases).
    public func lookup(_ name: String) -> NameMatch {
        if let number = numbers[EntityID(rawValue: name)] { return .found(entities[number]) }
        let key = NameKey(name)
        let best = canonicalNames[key] ?? aliasNames[key] ?? []
        switch best.count {
        case 1: return .found(entities[best[0]])
        case 0: return .notFound(suggestions: NameSearch(self).search(name, limit: 5).map(\.entity))
        default: return .ambiguous(best.sorted().map { entities[$0] })
        }
    }
}
