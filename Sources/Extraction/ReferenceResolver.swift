import GraphCore

/// Resolves what a name means only in the light of the whole report: acronyms and short
/// back-references.
///
/// - An acronym takes the meaning the report gives it (`Ministry of Social Security (MSS)`):
///   the latest definition before it, else the first after it. Undefined acronyms take the
///   gazetteer's meaning, preferring a body the report names in full; so `MSS` is the
///   Ministry of Social Security in one report and the Ministry of State Security in another.
/// - A lone surname (`Kim`, `Bernal`) refers to the one person of that name met earlier in
///   the report, unless a word like `family` or `regime` follows it; a lone stem
///   (`Songchon`) to the one place met earlier whose name it starts.
struct ReferenceResolver {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    let tokens: [Token]
    let slice: TextSlice

    /// The acronyms, short forms and lone words of `analysis` that refer to a name;
    /// `spans` are its spans.
    func resolve(_ analysis: NameRecognizer.Analysis, spans: [MentionSpan]) -> [MentionSpan] {
        let definitions = analysis.definitions.sorted { $0.token < $1.token }
        var resolved: [MentionSpan] = []
        // The entries the report names in full, gathered the first time an acronym the
        // report does not define needs them: most reports have none.
        var namedInFull: KeySet?
        let names = antecedents(spans)
        // Sentence by sentence: its acronyms, then its short forms, then its lone words.
        var starts = (acronyms: 0, shortForms: 0, singles: 0)
        for (sentence, ends) in analysis.sentenceEnds.enumerated() {
            defer { starts = ends }
            for token in analysis.acronyms[starts.acronyms..<ends.acronyms] {
                let acronym = string(tokens[token])
                let target: SpanTarget?
                var rule = RecognitionRule.acronymBinding
                if let definition = definition(of: acronym, at: token, among: definitions) {
                    target = definitions[definition].target
                } else if let candidates = gazetteer.acronyms[acronym], !candidates.isEmpty {
                    let named = namedInFull ?? entriesNamed(in: spans)
                    namedInFull = named
                    target = .known(candidates.first(where: { named.contains(UInt64($0)) }) ?? candidates[0])
                    rule = .acronymFallback
                } else {
                    target = nil
                }
                if let target {
                    resolved.append(MentionSpan(tokens: token..<(token + 1), target: target, sentence: sentence, rule: rule))
                }
            }
            for head in analysis.shortForms[starts.shortForms..<ends.shortForms] {
                if let target = shortFormReference(head, among: spans) {
                    resolved.append(MentionSpan(tokens: (head - 1)..<(head + 1), target: target, sentence: sentence, rule: .backReference, isReference: true))
                }
            }
            for token in analysis.singles[starts.singles..<ends.singles] {
                if let target = backReference(token, among: names) {
                    resolved.append(MentionSpan(tokens: token..<(token + 1), target: target, sentence: sentence, rule: .backReference, isReference: true))
                } else if let entry = spellingVariant(token) {
                    resolved.append(MentionSpan(tokens: token..<(token + 1), target: .known(entry), sentence: sentence, rule: .spellingVariant))
                }
            }
        }
        return resolved
    }

    /// The index in `definitions` (in text order) of the definition the acronym at `token`
    /// takes: the latest one before it, else the first after it; nil when it has none.
    /// Read in place: copying the matching definitions out cost more than choosing.
    private func definition(of acronym: String, at token: Int, among definitions: [(token: Int, acronym: String, target: SpanTarget, sentence: Int)]) -> Int? {
        var first: Int?
        var latestBefore: Int?
        for index in definitions.indices where definitions[index].acronym == acronym {
            if first == nil { first = index }
            if definitions[index].token < token { latestBefore = index }
        }
        return latestBefore ?? first
    }

    /// The gazetteer entries `spans` name, as keys.
    private func entriesNamed(in spans: [MentionSpan]) -> KeySet {
        // Sized once for every span, rather than grown as entries are added.
        var named = KeySet(minimumCapacity: spans.count)
        for index in spans.indices {
            if case .known(let entry) = spans[index].target { named.insert(UInt64(entry)) }
        }
        return named
    }

    /// The one person or place met before `token` that a lone word can refer to.
    /// A name a lone word can refer back to: where it ends, and the words that can stand
    /// for it (a person's first and last word, a found place's first word).
    private struct Antecedent {
        var end: Int
        /// The keys of the words that can stand for it: the first and the last (the same
        /// word twice when only one can).
        var keys: (UInt64, UInt64)
        var target: SpanTarget
    }

    /// The names lone words can refer back to, computed once per report.
    private func antecedents(_ spans: [MentionSpan]) -> [Antecedent] {
        var result: [Antecedent] = []
        // By index, fields read in place: a span's target is copied only into the names kept.
        for index in spans.indices where !spans[index].isReference && spans[index].tokens.count >= 2 {
            let range = spans[index].tokens
            let kind: EntityKind
            let isFound: Bool
            switch spans[index].target {
            case .known(let entry):
                kind = gazetteer.entries[entry].kind
                isFound = false
            case .found(let found, _, _):
                kind = found
                isFound = true
            }
            guard kind == .person || kind == .place else { continue }
            guard let first = range.first(where: { tokens[$0].kind == .word && !tokens[$0].isHyphenJoined }),
                let last = range.last(where: { tokens[$0].kind == .word && !tokens[$0].isHyphenJoined })
            else { continue }
            switch kind {
            case .person:
                // Korean names put the surname first, Western names last.
                result.append(Antecedent(end: range.upperBound, keys: (tokens[first].key, tokens[last].key), target: spans[index].target))
            default:
                if isFound {
                    result.append(Antecedent(end: range.upperBound, keys: (tokens[first].key, tokens[first].key), target: spans[index].target))
                }
            }
        }
        return result
    }

    private func backReference(_ token: Int, among antecedents: [Antecedent]) -> SpanTarget? {
        let key = tokens[token].key
        if token + 1 < tokens.count, lexicon.surnameBlockers.contains(tokens[token + 1].key) { return nil }
        if lexicon.nonEntities.longestMatchEnd(in: tokens, at: token, limit: token + 1) != nil { return nil }
        var found: SpanTarget?
        for antecedent in antecedents where antecedent.end <= token && (antecedent.keys.0 == key || antecedent.keys.1 == key) {
            if let found, found != antecedent.target { return nil }  // two candidates: do not guess
            found = antecedent.target
        }
        return found
    }

    /// The one entity met before "the <head>" whose name holds that head word ("the
    /// ministry" after "the Ministry of Social Security"), or nil when none or several are.
    /// When no name holds the word, a place word refers to the latest place of that kind
    /// ("the city's Namjung-dong area" after "Sinuiju", a city).
    private func shortFormReference(_ head: Int, among spans: [MentionSpan]) -> SpanTarget? {
        let key = tokens[head].key
        // The one entity whose name holds the word, so far. A second one ends the search
        // (the word is then ambiguous): compared as it is met, not gathered into a set,
        // which hashed every name.
        var named: SpanTarget?
        var latestOfKind: (end: Int, target: SpanTarget)?
        let kindWord = lexicon.placeSuffixes[key]
        // The categories the word stands for, looked up once rather than for every span.
        let kinds = kindWord.flatMap { Self.placeKinds[$0] }
        // By index, reading fields in place: most spans are looked at and left.
        for index in spans.indices {
            guard spans[index].tokens.upperBound < head, !spans[index].isReference else { continue }
            // A span's place category matters only for a place word (`city`): other words
            // skip reading it (and retaining and releasing the string).
            let category = kindWord == nil ? nil : placeCategory(of: spans[index].target)
            let range = spans[index].tokens
            // "the city" stands for a place, never for "Sinuiju City People's Committee".
            // The word must head the name, not stand after its `of`: "the party" is not the
            // "Administrative Department of the Workers' Party of Korea".
            if kindWord == nil || category != nil,
                let at = range.first(where: { tokens[$0].key == key && tokens[$0].isCapitalized }),
                !range[..<at].contains(where: { tokens[$0].key == Self.ofKey })
            {
                if let named {
                    if named != spans[index].target { return nil }
                } else {
                    named = spans[index].target
                }
            }
            if let kinds, let category, range.upperBound > (latestOfKind?.end ?? -1), kinds.contains(category) {
                latestOfKind = (range.upperBound, spans[index].target)
            }
        }
        return named ?? latestOfKind?.target
    }

    private static let ofKey = TextFolding.key("of")

    /// The place categories a lower-case place word stands for after `the`. (A list: one to
    /// three short names are compared faster than a set hashes one.)
    private static let placeKinds: [String: [String]] = [
        "city": ["city", "special-city", "foreign-city"],
        "county": ["county"],
        "province": ["province", "foreign-province"],
        "district": ["district"],
        "town": ["town"],
        "village": ["village"],
        "island": ["island"],
    ]

    /// The category of the place a span names, or nil for anything else.
    private func placeCategory(of target: SpanTarget) -> String? {
        switch target {
        case .known(let entry):
            // Field by field: copying the whole entry costs more.
            return gazetteer.entries[entry].kind == .place ? gazetteer.entries[entry].category : nil
        case .found(let kind, _, let category):
            return kind == .place ? category : nil
        }
    }

    /// The one gazetteer place a lone capitalised word of five or more letters names under
    /// another romanisation, unless it is a listed non-entity.
    private func spellingVariant(_ token: Int) -> Int? {
        let word = tokens[token]
        guard word.end - word.start >= 5, !word.isAllCaps,
            lexicon.nonEntities.longestMatchEnd(in: tokens, at: token, limit: token + 1) == nil,
            lexicon.demonyms.longestMatchEnd(in: tokens, at: token, limit: token + 1) == nil
        else { return nil }
        return gazetteer.entry(spelledLike: string(word), kind: .place)
    }

    private func string(_ token: Token) -> String {
        slice.string(token.start, token.end)
    }
}
