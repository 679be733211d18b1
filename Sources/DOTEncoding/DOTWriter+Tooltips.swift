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

    /// What hovering over an edge shows: the relation, its weight and the supporting
    /// sentences, each with its report and sentence number, so a reader can check the link
    /// against the reports without leaving the chart.
    ///
    /// At most `sentenceLimit` sentences are quoted, each cut to about `excerptLength`
    /// characters; a last line says how many more there are.
    ///
    /// ```
    /// located in · weight 2
    /// 000_d642fd3dd39ad37c, sentence 0: Hoeryong lies in North Hamgyong Province.
    /// 001_fcbe7c6613cc3779, sentence 4: …
    /// ```
    static func tooltip(for relation: Relation, excerptLength: Int, sentenceLimit: Int = 3) -> String {
        var lines = [phrase(relation.kind) + " · weight \(relation.weight)"]
        for evidence in relation.evidence.prefix(max(sentenceLimit, 0)) {
            lines.append("\(evidence.document), sentence \(evidence.sentence): " + excerpt(evidence.text, limit: excerptLength))
        }
        let more = relation.evidence.count - max(sentenceLimit, 0)
        if more > 0 {
            lines.append(more == 1 ? "and 1 more sentence" : "and \(more) more sentences")
        }
        return lines.joined(separator: "\n")
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
