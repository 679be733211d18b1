import GraphCore

/// Typed relations read from the shape of a sentence: who belongs to or leads which body,
/// and who is whose kin.
///
/// Every pattern is tight: the two names must stand next to each other with only a role
/// phrase ("a senior official", "the deputy director", "his younger sister") and a few
/// function words between them, so a relation is only claimed where the sentence says it.
/// Anything looser stays a co-mention.
///
/// - `member_of` / `leads`, person → agency: "X, a director of the MSS", "X, chief of the
///   MSS", "X, an MSS agent", "MSS agent X", "the MSS's deputy director X", "X of the
///   Korean People's Army", "the head of the MSS, X", "X, who heads the MSS", "X, who
///   works for the KPA". A leader word (`director`, `chief`) leads unless a subordinate
///   word (`deputy`, `vice`) or `a`/`an` ("one of its directors") makes it a member.
/// - `family`, person ↔ person: "X's son Y", "Y, the daughter of X", "X and his wife Y"
///   (`his`/`her` refer back only when the sentence named exactly one person before).
///
/// The role words are data, in `lexicon/relation-words.tsv`.
struct RelationPatterns {
    /// A name of the report, in text order, as the patterns see it.
    struct Name {
        var tokens: Range<Int>
        var sentence: Int
        /// The entity's index in the report's working state.
        var local: Int
        var kind: EntityKind
    }

    /// What a pattern found.
    enum Kind: Equatable {
        case memberOf, leads, family
    }

    /// One relation found, with the sentence that states it.
    struct Hit: Equatable {
        var kind: Kind
        /// The person (for `family`, either one).
        var source: Int
        /// The agency, or the other person.
        var target: Int
        var sentence: Int
    }

    /// The lexicon's role and kin words: only they are kept, since copying the whole
    /// lexicon for every report costs more than the look-ups.
    let relationWords: KeyMap<RelationWord>
    let tokens: [Token]

    init(lexicon: Lexicon, tokens: [Token]) {
        relationWords = lexicon.relationWords
        self.tokens = tokens
    }

    /// The relations the sentences state between `names` (in text order, without names
    /// nested inside others).
    ///
    /// - Complexity: O(n) in the names and tokens: each name looks at a few tokens around it.
    func hits(in names: [Name], sentences: [Sentence]) -> [Hit] {
        // The name starting at each token (the last one, when several do), keyed by the
        // token's index: a `KeyMap` spares hashing every look-up again.
        var startingAt = KeyMap<Int>(minimumCapacity: names.count)
        for (index, name) in names.enumerated() { startingAt[UInt64(name.tokens.lowerBound)] = index }
        func name(at token: Int, in sentence: Int) -> Name? {
            guard token >= 0, let index = startingAt[UInt64(token)], names[index].sentence == sentence else { return nil }
            return names[index]
        }
        var hits: [Hit] = []
        for current in names {
            let end = sentences[current.sentence].tokens.upperBound
            switch current.kind {
            case .person:
                hits += afterPerson(current, end: end) { name(at: $0, in: current.sentence) }
            case .agency:
                hits += afterAgency(current, end: end) { name(at: $0, in: current.sentence) }
            default:
                break
            }
        }
        // Names come in text order, so each sentence's names are one run of the array.
        var runStart = 0
        while runStart < names.count {
            let sentence = names[runStart].sentence
            var runEnd = runStart + 1
            while runEnd < names.count, names[runEnd].sentence == sentence { runEnd += 1 }
            hits += kinAfterPronoun(in: sentences[sentence], names: names[runStart..<runEnd]) { name(at: $0, in: sentence) }
            runStart = runEnd
        }
        return hits
    }

    // MARK: - Patterns

    /// "X, a director of the MSS", "X, an MSS agent", "X of the KPA", "X's son Y", "Y, the
    /// son of X": what follows a person's name.
    private func afterPerson(_ person: Name, end: Int, name: (Int) -> Name?) -> [Hit] {
        var k = person.tokens.upperBound
        guard k < end else { return [] }
        // "X of the Korean People's Army"
        if tokens[k].key == Self.of, let agency = name(skippingArticle(k + 1, end)), agency.kind == .agency {
            return [Hit(kind: .memberOf, source: person.local, target: agency.local, sentence: person.sentence)]
        }
        // "X's (younger) sister Y"
        if tokens[k].kind == .possessive, let role = rolePhrase(from: k + 1, end: end), role.word == .kin,
            let relative = name(skippingComma(role.end, end)), relative.kind == .person
        {
            return [Hit(kind: .family, source: person.local, target: relative.local, sentence: person.sentence)]
        }
        guard tokens[k].key == Self.comma else { return [] }
        k += 1
        // "X, who heads the MSS", "X, who works for the KPA"
        if k + 1 < end, tokens[k].key == Self.who, let verb = Self.clauseVerbs[tokens[k + 1].key] {
            var at = k + 2
            if verb == .memberOf {
                guard at < end, Self.joiners[tokens[at].key] != nil else { return [] }
                at += 1
            }
            guard let agency = name(skippingArticle(at, end)), agency.kind == .agency else { return [] }
            return [Hit(kind: verb, source: person.local, target: agency.local, sentence: person.sentence)]
        }
        let article = k < end ? Self.articles[tokens[k].key] : nil
        if article != nil { k += 1 }
        // "X, an MSS agent", "X, the MSS chief"
        if let agency = name(k), agency.kind == .agency {
            guard let role = rolePhrase(from: agency.tokens.upperBound, end: end), let kind = agencyKind(role, article: article) else { return [] }
            return [Hit(kind: kind, source: person.local, target: agency.local, sentence: person.sentence)]
        }
        // "X, a director of the MSS", "Y, the son of X"
        guard let role = rolePhrase(from: k, end: end), role.end < end, let joiner = Self.joiners[tokens[role.end].key] else { return [] }
        if role.word == .kin {
            guard joiner == .of, let relative = name(skippingArticle(role.end + 1, end)), relative.kind == .person else { return [] }
            return [Hit(kind: .family, source: person.local, target: relative.local, sentence: person.sentence)]
        }
        guard let kind = agencyKind(role, article: article), let agency = agencyAfterJoiner(role.end + 1, end: end, name: name) else { return [] }
        return [Hit(kind: kind, source: person.local, target: agency.local, sentence: person.sentence)]
    }

    /// "MSS agent X", "the MSS's deputy director X", "Daily NK's chief, X": a role right
    /// after an agency's name, then the person.
    private func afterAgency(_ agency: Name, end: Int, name: (Int) -> Name?) -> [Hit] {
        // "the head of the MSS, Kim Chol": a role and `of` before the body, the person after.
        if let kind = roleOf(before: agency), agency.tokens.upperBound < end, tokens[agency.tokens.upperBound].key == Self.comma,
            let person = name(agency.tokens.upperBound + 1), person.kind == .person
        {
            return [Hit(kind: kind, source: person.local, target: agency.local, sentence: agency.sentence)]
        }
        var k = agency.tokens.upperBound
        if k < end, tokens[k].kind == .possessive { k += 1 }
        guard let role = rolePhrase(from: k, end: end), let kind = agencyKind(role, article: nil),
            let person = name(skippingComma(role.end, end)), person.kind == .person
        else { return [] }
        return [Hit(kind: kind, source: person.local, target: agency.local, sentence: agency.sentence)]
    }

    /// "X and his wife Y", "Kim arrived with his sister Kim Yo Jong": `his`/`her`, a kin
    /// word and a person, linked to the one person the sentence named before the pronoun.
    ///
    /// A sentence naming fewer than two people has no such pair, and its words are not read.
    private func kinAfterPronoun(in sentence: Sentence, names: ArraySlice<Name>, name: (Int) -> Name?) -> [Hit] {
        var hits: [Hit] = []
        guard names.lazy.filter({ $0.kind == .person }).dropFirst().first != nil else { return hits }
        // Read once, not at every token: each read of a static constant is a call.
        let (his, her) = (Self.his, Self.her)
        for k in sentence.tokens where tokens[k].key == his || tokens[k].key == her {
            guard let role = rolePhrase(from: k + 1, end: sentence.tokens.upperBound), role.word == .kin,
                let relative = name(skippingComma(role.end, sentence.tokens.upperBound)), relative.kind == .person
            else { continue }
            let before = Set(names.filter { $0.kind == .person && $0.tokens.upperBound <= k }.map(\.local))
            guard before.count == 1, let antecedent = before.first, antecedent != relative.local else { continue }
            hits.append(Hit(kind: .family, source: antecedent, target: relative.local, sentence: sentence.index))
        }
        return hits
    }

    // MARK: - Pieces

    /// A role phrase: up to four lower-case words (`senior`, `deputy`, `younger`) ending in
    /// a word of the lexicon, stopping before a joiner (`of`, `at`) or a name.
    private struct Role {
        /// What the last word says.
        var word: RelationWord
        /// Whether a subordinate word (`deputy`, `vice`) came before it.
        var isSubordinate: Bool
        /// The token after the phrase.
        var end: Int
    }

    private func rolePhrase(from start: Int, end: Int) -> Role? {
        var k = start
        var last: RelationWord?
        var isSubordinate = false
        while k < end, k - start < 4, tokens[k].kind == .word, !tokens[k].isCapitalized,
            Self.joiners[tokens[k].key] == nil, !Self.stopWords.contains(tokens[k].key)
        {
            last = relationWords[tokens[k].key]
            if last == .subordinate { isSubordinate = true }
            k += 1
        }
        guard let last, last != .subordinate else { return nil }
        return Role(word: last, isSubordinate: isSubordinate, end: k)
    }

    /// `member_of` or `leads` for an agency role; nil for kin words. A leader word after
    /// `a`/`an` is one of several, so a member.
    private func agencyKind(_ role: Role, article: Article?) -> Kind? {
        switch role.word {
        case .member: .memberOf
        case .leader: role.isSubordinate || article == .indefinite ? .memberOf : .leads
        case .subordinate, .kin: nil
        }
    }

    /// The agency right after `of`/`at`/`for`/`in`: an article and up to three describing
    /// words may come first ("of the Seoul-based NGO Bridges for Refugees", where `Seoul` is
    /// a place).
    private func agencyAfterJoiner(_ start: Int, end: Int, name: (Int) -> Name?) -> Name? {
        var k = skippingArticle(start, end)
        for _ in 0...3 {
            guard k < end else { return nil }
            if let found = name(k) {
                if found.kind == .agency { return found }
                // "Seoul-based": a place glued to the describing word after it.
                guard found.kind == .place, found.tokens.upperBound < end, tokens[found.tokens.upperBound].isHyphenJoined else { return nil }
                k = found.tokens.upperBound
                continue
            }
            guard tokens[k].kind == .word, !tokens[k].isCapitalized || (k + 1 < end && tokens[k + 1].isHyphenJoined),
                Self.joiners[tokens[k].key] == nil, !Self.stopWords.contains(tokens[k].key)
            else { return nil }
            k += 1
        }
        return nil
    }

    /// `member_of` or `leads` for "the (deputy) head of [the] AGENCY": a role phrase and `of`
    /// right before the body's name, after an article or the sentence's start.
    private func roleOf(before agency: Name) -> Kind? {
        var k = agency.tokens.lowerBound - 1
        if k >= 0, Self.articles[tokens[k].key] != nil { k -= 1 }
        guard k >= 1, tokens[k].key == Self.of else { return nil }
        // The role phrase ends at `of`: walk back over its lower-case words.
        var start = k
        while start > 0, k - start < 4, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized,
            Self.articles[tokens[start - 1].key] == nil, !Self.stopWords.contains(tokens[start - 1].key)
        {
            start -= 1
        }
        guard start < k, let role = rolePhrase(from: start, end: k), role.end == k else { return nil }
        let article = start > 0 ? Self.articles[tokens[start - 1].key] : nil
        return agencyKind(role, article: article)
    }

    private func skippingArticle(_ k: Int, _ end: Int) -> Int {
        k < end && Self.articles[tokens[k].key] != nil ? k + 1 : k
    }

    private func skippingComma(_ k: Int, _ end: Int) -> Int {
        k < end && tokens[k].key == Self.comma ? k + 1 : k
    }

    // MARK: - Function words

    /// Whether a role came after `a`/`an` or `the`.
    private enum Article {
        case definite, indefinite
    }

    private enum Joiner {
        case of, other
    }

    private static let of = TextFolding.key("of")
    private static let who = TextFolding.key("who")
    /// Verbs of a `who` clause after a person: "who heads", "who works for".
    private static let clauseVerbs: KeyMap<Kind> = [
        TextFolding.key("heads"): .leads, TextFolding.key("headed"): .leads, TextFolding.key("leads"): .leads, TextFolding.key("led"): .leads, TextFolding.key("runs"): .leads,
        TextFolding.key("ran"): .leads, TextFolding.key("chairs"): .leads, TextFolding.key("chaired"): .leads, TextFolding.key("commands"): .leads, TextFolding.key("commanded"): .leads,
        TextFolding.key("works"): .memberOf, TextFolding.key("worked"): .memberOf, TextFolding.key("serves"): .memberOf, TextFolding.key("served"): .memberOf,
    ]
    private static let comma = TextFolding.key(",")
    private static let articles: KeyMap<Article> = [TextFolding.key("the"): .definite, TextFolding.key("a"): .indefinite, TextFolding.key("an"): .indefinite]
    private static let joiners: KeyMap<Joiner> = [TextFolding.key("of"): .of, TextFolding.key("at"): .other, TextFolding.key("for"): .other, TextFolding.key("in"): .other]
    /// `his` and `her`, compared directly: this is asked of every token of a sentence with names.
    private static let his = TextFolding.key("his")
    private static let her = TextFolding.key("her")
    /// Words that end a role phrase without being part of it: "X, a soldier who served in
    /// the KPA" is no member_of.
    private static let stopWords: KeySet = [
        TextFolding.key("who"), TextFolding.key("which"), TextFolding.key("that"), TextFolding.key("and"), TextFolding.key("or"), TextFolding.key("but"), TextFolding.key("was"), TextFolding.key("is"),
        TextFolding.key("were"), TextFolding.key("are"), TextFolding.key("had"), TextFolding.key("has"), TextFolding.key("with"), TextFolding.key("from"), TextFolding.key("to"), TextFolding.key("on"),
        TextFolding.key("by"), TextFolding.key("as"),
    ]
}
