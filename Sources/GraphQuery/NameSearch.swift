import GraphCore

/// How a search hit's form matched the text searched for, best first.
public enum SearchMatch: String, Sendable, Comparable, CaseIterable {
    /// The same name, ignoring case, hyphens and a leading "the".
    case exact
    /// The same letters, spaced or hyphenated differently (`Kim Jongun`, `Kim Jong-un`).
    case spacing
    /// The same name in another romanisation (`Gilju` for `Kilju`); see ``SpellingKey``.
    case spelling
    /// The text is how the name begins (`Onsong` for `Onsong County`).
    case prefix
    /// The text is inside the name (`Security` in `Ministry of State Security`).
    case contains
    /// The name is a few edits away: a typo (`Onsogn`), or a typo in how it begins.
    case typo

    public static func < (a: SearchMatch, b: SearchMatch) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One entity found by a search, with how well and by which of its names.
public struct SearchHit: Sendable, Hashable {
    /// The entity found.
    public var entity: Entity
    /// From 0 to 1: 1 for the exact name, about 0.9 for another spelling, lower for partial
    /// matches and typos.
    public var score: Double
    /// The entity's name or alias that matched best.
    public var form: String
    /// How it matched.
    public var match: SearchMatch
}

/// Fuzzy look-up of entities by name: typos, spacing and hyphens, case, and romanisation
/// variants, over every entity's name and aliases, ranked by a score.
///
/// Built once from a ``GraphIndex`` (it keys every name and alias and indexes their letter
/// trigrams), then searched as often as needed.
///
/// - Complexity: building is O(A · L) for A names and aliases of length L.
public struct NameSearch: Sendable {
    private struct Form: Sendable {
        var entity: Int
        var text: String
        var isName: Bool
        var key: String
        var compact: String
        var spelling: [UInt8]
    }

    private let index: GraphIndex
    private let forms: [Form]
    /// Form positions by each letter trigram of their spelling key.
    private let trigrams: [UInt32: [Int32]]

    /// How many forms, among those sharing the most trigrams with a query, are checked for
    /// typos: enough for any plausible misspelling, few enough to stay fast on big graphs.
    static let typoCandidates = 2_000

    public init(_ index: GraphIndex) {
        self.index = index
        var forms: [Form] = []
        var trigrams: [UInt32: [Int32]] = [:]
        for (number, entity) in index.entities.enumerated() {
            for (offset, text) in entity.forms.enumerated() {
                let key = NameKey(text)
                let spelling = SpellingKey(key: key).bytes
                for gram in Set(Self.trigrams(of: spelling)) { trigrams[gram, default: []].append(Int32(forms.count)) }
                forms.append(Form(entity: number, text: text, isName: offset == 0, key: key.rawValue,
                                  compact: Self.withoutSpaces(key.rawValue), spelling: spelling))
            }
        }
        self.forms = forms
        self.trigrams = trigrams
    }

    /// The entities whose names best match `text`, best first (then most mentioned, then by
    /// name), at most `limit`, only of `kinds` when given.
    ///
    /// A text of three letters or more is matched through its trigrams: the forms that
    /// contain all of them are checked for a prefix or containment, and the
    /// ``typoCandidates`` forms sharing the most are also checked for typos (edit distance
    /// up to a quarter of the text's length). Shorter texts are matched only as prefixes,
    /// over all forms.
    ///
    /// - Complexity: O(P + C · L²) for P trigram postings of the text and C candidate forms
    ///   (at most ``typoCandidates`` plus those containing the text); O(A) for short texts.
    public func search(_ text: String, limit: Int = 10, kinds: Set<EntityKind>? = nil) -> [SearchHit] {
        let query = SpellingKey(text).bytes
        guard !query.isEmpty, limit > 0 else { return [] }
        let key = NameKey(text).rawValue
        let compact = Self.withoutSpaces(key)
        let allowed = query.count <= 4 ? 1 : max(2, query.count / 4)  // a swapped pair of letters is 2 edits
        var best: [Int: SearchHit] = [:]
        for position in candidates(for: query, allowed: allowed) {
            let form = forms[position]
            if let kinds, !kinds.contains(index.entities[form.entity].kind) { continue }
            guard let (score, match) = Self.score(form, key: key, compact: compact, query: query, allowed: allowed) else { continue }
            let adjusted = form.isName ? score : score * 0.99
            if let known = best[form.entity], known.score >= adjusted { continue }
            best[form.entity] = SearchHit(entity: index.entities[form.entity], score: adjusted, form: form.text, match: match)
        }
        return Array(best.values).sortedPrefix(limit) { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.entity.mentions.count != b.entity.mentions.count { return a.entity.mentions.count > b.entity.mentions.count }
            return (a.entity.name, a.entity.id) < (b.entity.name, b.entity.id)
        }
    }

    /// `key` without its spaces, dropped from its UTF-8 bytes (a space is one byte, never
    /// part of another character's): Foundation's `replacingOccurrences`, used before, cost
    /// more than all the rest of building the search.
    static func withoutSpaces(_ key: String) -> String {
        String(decoding: key.utf8.filter { $0 != 0x20 }, as: UTF8.self)
    }

    /// The forms worth scoring: all of them for a short query, else those sharing its
    /// trigrams, as described in ``search(_:limit:kinds:)``.
    private func candidates(for query: [UInt8], allowed: Int) -> [Int] {
        let grams = Array(Set(Self.trigrams(of: query)))
        guard !grams.isEmpty else {
            return forms.indices.filter { forms[$0].spelling.starts(with: query) }
        }
        var shared = [UInt16](repeating: 0, count: forms.count)
        var touched: [Int] = []
        for gram in grams {
            for position in trigrams[gram] ?? [] {
                let p = Int(position)
                if shared[p] == 0 { touched.append(p) }
                shared[p] &+= 1
            }
        }
        // Forms with every trigram may contain the query; the rest are typo candidates, the
        // ones sharing most first, down to the count an edit distance of `allowed` can leave.
        let floor = max(1, grams.count - 3 * allowed)
        var byShared = [[Int]](repeating: [], count: grams.count + 1)
        for p in touched where Int(shared[p]) >= floor { byShared[Int(shared[p])].append(p) }
        var chosen = byShared[grams.count]
        var room = Self.typoCandidates
        for count in stride(from: grams.count - 1, through: floor, by: -1) where room > 0 {
            var bucket = byShared[count]
            if bucket.count > room {
                // Cut the bucket at the forms closest in length to the query: a long form that
                // shares as many trigrams only contains part of it.
                bucket = bucket.sortedPrefix(room) { a, b in
                    let (da, db) = (abs(forms[a].spelling.count - query.count), abs(forms[b].spelling.count - query.count))
                    return da != db ? da < db : a < b
                }
            }
            chosen.append(contentsOf: bucket)
            room -= bucket.count
        }
        return chosen
    }

    /// The score and kind of match of `form` for a query, or `nil` when it does not match.
    private static func score(_ form: Form, key: String, compact: String, query: [UInt8], allowed: Int) -> (Double, SearchMatch)? {
        if form.key == key { return (1.0, .exact) }
        if form.compact == compact { return (0.97, .spacing) }
        let name = form.spelling
        if name == query { return (0.93, .spelling) }
        let coverage = Double(query.count) / Double(max(name.count, 1))
        if name.starts(with: query) { return (0.6 + 0.3 * coverage, .prefix) }
        if query.count >= 3, name.count > query.count, contains(name, query) { return (0.5 + 0.3 * coverage, .contains) }
        let distance = EditDistance.between(query, name, limit: allowed)
        if distance <= allowed {
            return (0.9 * (1 - Double(distance) / Double(max(query.count, name.count))), .typo)
        }
        if name.count > query.count {
            let head = EditDistance.between(query, Array(name.prefix(query.count)), limit: allowed)
            if head <= allowed { return (max(0.3, 0.45 + 0.3 * coverage - 0.1 * Double(head)), .typo) }
        }
        return nil
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The letter trigrams of a key, packed into integers.
    private static func trigrams(of key: [UInt8]) -> [UInt32] {
        guard key.count >= 3 else { return [] }
        return (0...(key.count - 3)).map { UInt32(key[$0]) << 16 | UInt32(key[$0 + 1]) << 8 | UInt32(key[$0 + 2]) }
    }
}
