import GraphCore

extension DOTWriter {
    /// What hovering over a node shows: kind (and category), aliases, how often named.
    ///
    /// `"agency · aliases: MSS, SSD · 4 mentions"`; the aliases part is left out when there
    /// are none.
    static func tooltip(for entity: Entity) -> String {
        var parts = [entity.category.map { "\(entity.kind.rawValue) (\($0))" } ?? entity.kind.rawValue]
        if !entity.aliases.isEmpty {
            parts.append("aliases: " + entity.aliases.joined(separator: ", "))
        }
        let count = entity.mentions.count
        parts.append(count == 1 ? "1 mention" : "\(count) mentions")
        return parts.joined(separator: " · ")
    }

    /// What hovering over an edge shows: the relation, its weight and the first supporting
    /// sentence, so a reader can check the link against the report without leaving the chart.
    ///
    /// `"located in · weight 2 · Hoeryong lies in North Hamgyong Province."`
    static func tooltip(for relation: Relation, excerptLength: Int) -> String {
        var parts = [phrase(relation.kind), "weight \(relation.weight)"]
        if let first = relation.evidence.first {
            parts.append(excerpt(first.text, limit: excerptLength))
        }
        return parts.joined(separator: " · ")
    }

    /// A relation type as words: `located_in` is shown as "located in", `co_mentioned` as
    /// "co-mentioned".
    static func phrase(_ kind: RelationKind) -> String {
        kind == .coMentioned ? "co-mentioned" : kind.rawValue.replacingUnderscoresWithSpaces()
    }

    /// `text` cut to at most `limit` characters plus "…", at a word boundary when one
    /// falls in the second half of the limit (otherwise mid-word: one very long word).
    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit, limit > 0 else { return text }
        // One character past the limit, so a space just after it counts as a boundary.
        let window = text.prefix(limit + 1)
        var cut = window.dropLast()[...]
        if let space = window.lastIndex(where: \.isWhitespace),
            window.distance(from: window.startIndex, to: space) >= limit / 2
        {
            cut = window[..<space]
        }
        while let last = cut.last, last.isWhitespace || ",;:".contains(last) {
            cut = cut.dropLast()
        }
        return cut + "…"
    }
}

extension String {
    fileprivate func replacingUnderscoresWithSpaces() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
