extension EntityGraph {
    /// Finds the entity a user means by `name`.
    ///
    /// `name` is compared with every entity's identifier, canonical name and aliases by
    /// ``NameKey`` (case- and hyphen-insensitively). A canonical name beats an alias, so
    /// "Ministry of State Security" is found even though another entity lists it as a
    /// former name; when several entities share the best kind of match the result is
    /// ``NameMatch/ambiguous(_:)``.
    ///
    /// - Complexity: O(N) over all names and aliases in the graph.
    public func lookup(_ name: String) -> NameMatch {
        if let entity = entities[EntityID(rawValue: name)] { return .found(entity) }
        let key = NameKey(name)
        var byName: [Entity] = []
        var byAlias: [Entity] = []
        for entity in sortedEntities {
            if NameKey(entity.name) == key {
                byName.append(entity)
            } else if entity.aliases.contains(where: { NameKey($0) == key }) {
                byAlias.append(entity)
            }
        }
        let best = byName.isEmpty ? byAlias : byName
        switch best.count {
        case 1: return .found(best[0])
        case 0: return .notFound(suggestions: suggestions(for: key))
        default: return .ambiguous(best)
        }
    }

    /// The entities whose names are closest to `key`, best first: names containing the
    /// typed text, then names within a few edits of it.
    ///
    /// - Complexity: O(N · L²) over names of length L.
    func suggestions(for key: NameKey, limit: Int = 5) -> [Entity] {
        let query = Array(key.rawValue.unicodeScalars)
        guard !query.isEmpty else { return [] }
        let allowed = max(2, query.count / 3)
        var scored: [(score: Int, entity: Entity)] = []
        for entity in sortedEntities {
            var best = Int.max
            for form in entity.forms {
                let candidate = NameKey(form).rawValue
                if candidate.contains(key.rawValue) || key.rawValue.contains(candidate) && candidate.count >= 3 {
                    best = min(best, 0)
                } else {
                    let distance = EditDistance.between(query, Array(candidate.unicodeScalars), limit: allowed)
                    if distance <= allowed { best = min(best, distance + 1) }
                }
            }
            if best != Int.max { scored.append((best, entity)) }
        }
        scored.sort { ($0.score, $0.entity.name, $0.entity.id) < ($1.score, $1.entity.name, $1.entity.id) }
        return scored.prefix(limit).map(\.entity)
    }
}

/// Levenshtein distance with an early exit, for suggesting names and spotting misspellings.
public enum EditDistance {
    /// The number of single-character edits turning `a` into `b`, or `limit + 1` as soon
    /// as it is certain to exceed `limit`.
    ///
    /// - Complexity: O(|a| · |b|) time, O(|b|) space.
    public static func between<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension EditDistance {
    /// Whether `a` and `b` are at most `limit` edits apart.
    public static func within<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Bool {
        between(a, b, limit: limit) <= limit
    }
}
