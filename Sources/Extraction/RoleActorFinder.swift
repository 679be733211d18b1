import GraphCore

/// Finds the unnamed actors a report describes by their role: "the local MSS preliminary
/// examination department director's son", "two kidnappers", "a mother who saved her
/// children".
///
/// Field reports rarely name ordinary people; who did what to whom is carried by
/// descriptions. Each description has a key that identifies its actor within the report
/// (the head noun, and the possessor for kin: `director`, `director's son`, `kidnappers`),
/// so "the director" later in the report is the same actor. Singular and plural differ:
/// "the female kidnapper" is one of "the two kidnappers", not the pair.
///
/// A description is the head noun of `lexicon/role-nouns.tsv` with up to four lower-case
/// describing words before it (`preliminary examination department`) and any body named
/// among them (`Ministry of Social Security (MSS)`); a possessive and a kin noun after it
/// describe a second actor, the first one's relative. A noun right before or after a
/// personal name (`defector Kim Chol`, `Kim Chol, a defector`) is that person's title, not
/// a description.
struct RoleActorFinder {
    /// One description of an unnamed actor.
    struct Description {
        /// The tokens from the first describing word to the head (or the kin noun).
        var tokens: Range<Int>
        var sentence: Int
        /// Identifies the actor within the report: `director`, `director's son`.
        var key: String
        /// The describing words kept before the head (token indices, in order; none for
        /// kin), from which ``RoleActorFinder/label(of:)`` makes the node's name: only the
        /// few descriptions that become nodes need one.
        var modifiers: [Int]
        /// A body named among the describing words: the actor belongs to it.
        var agency: Int?
        /// For kin: the key of the actor it is a relative of.
        var possessor: String?
        /// Whether a kin noun follows ("the director's son"): the description is then the
        /// possessor, and what the sentence does happens to the relative, not to it.
        var isPossessor = false
        var noun: RoleNoun
    }

    /// A name of the report as the finder sees it.
    struct Name {
        var tokens: Range<Int>
        var local: Int
        var kind: EntityKind
    }

    /// The lexicon's role nouns: only they are kept, since copying the whole lexicon for
    /// every report costs more than the look-ups.
    let roleActorNouns: FilteredKeyMap<RoleNoun>
    let tokens: [Token]
    let text: [Unicode.Scalar]
    let slice: TextSlice

    init(lexicon: Lexicon, tokens: [Token], text: [Unicode.Scalar], slice: TextSlice) {
        roleActorNouns = lexicon.roleActorNouns
        self.tokens = tokens
        self.text = text
        self.slice = slice
    }

    /// The descriptions in `sentences`, in text order.
    ///
    /// Words are tested by token key and code point; a `String` is made only for the words a
    /// description keeps, since most role nouns in a report are read and let go.
    ///
    /// - Complexity: O(n) in the tokens: each looks back at most a few tokens.
    func descriptions(in sentences: [Sentence], names: [Name]) -> [Description] {
        // For each token, the name ending there (index + 1; 0 for none), and whether it is
        // inside a name.
        var nameEndingAt = [Int32](repeating: 0, count: tokens.count)
        var inName = [Bool](repeating: false, count: tokens.count)
        for (index, name) in names.enumerated() {
            nameEndingAt[name.tokens.upperBound - 1] = Int32(index + 1)
            for k in name.tokens { inName[k] = true }
        }
        func name(endingAt k: Int) -> Name? { nameEndingAt[k] == 0 ? nil : names[Int(nameEndingAt[k]) - 1] }
        var found: [Description] = []
        // About one role noun a sentence: room for them up front.
        found.reserveCapacity(sentences.count)
        let nouns = roleActorNouns
        for sentence in sentences {
            // Role nouns are lower-case words whose key the table may hold: one scan passes
            // the rest (most tokens), without looking each up.
            var next = sentence.tokens.lowerBound
            while let k = tokens.firstIndex(in: next..<sentence.tokens.upperBound, where: {
                $0.kind == .word && !$0.isCapitalized && nouns.mayContain($0.key)
            }) {
                next = k + 1
                guard !inName[k], let noun = roleActorNouns[tokens[k].key] else { continue }
                // "defector Kim Chol": a title; "the official Korean Central News Agency": an
                // adjective.
                if k + 1 < sentence.tokens.upperBound, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized { continue }
                var start = k
                var modifiers: [Int] = []
                var agency: Int?
                var j = k - 1
                while j >= sentence.tokens.lowerBound, k - j <= 8 {
                    if tokens[j].kind == .punctuation, isWord(j, ")"), j >= 2, isWord(j - 2, "(") {
                        j -= 3  // "(MSS)" after the body's name
                        continue
                    }
                    // A body or place among the describing words ("Hyesan smugglers", "the
                    // Ministry of Social Security (MSS) … director") is the leftmost of them.
                    if let name = name(endingAt: j) {
                        guard name.kind == .agency || name.kind == .place else { break }
                        if name.kind == .agency { agency = name.local }
                        start = name.tokens.lowerBound
                        j = name.tokens.lowerBound - 1
                        break
                    }
                    guard tokens[j].kind == .word, !tokens[j].isCapitalized, modifiers.count < 4, isDescribingWord(j) else { break }
                    if modifiers.isEmpty { modifiers.reserveCapacity(4) }  // at most four
                    modifiers.insert(j, at: 0)
                    start = j
                    j -= 1
                }
                // "to stop hungry farmers": the first word is the verb.
                if !modifiers.isEmpty, j >= sentence.tokens.lowerBound, isWord(j, "to") {
                    modifiers.removeFirst()
                    start += 1
                }
                // "Kim Chol, a defector": the person's apposition.
                if j >= sentence.tokens.lowerBound, Self.articles.contains(tokens[j].key), j - 1 >= sentence.tokens.lowerBound,
                    isWord(j - 1, ","), j - 2 >= sentence.tokens.lowerBound, name(endingAt: j - 2)?.kind == .person
                {
                    continue
                }
                let head = word(k)
                found.append(Description(tokens: start..<(k + 1), sentence: sentence.index, key: head, modifiers: modifiers,
                                         agency: agency, possessor: nil, noun: noun))
                // "the director's son": the director's relative.
                if k + 2 < sentence.tokens.upperBound, tokens[k + 1].kind == .possessive, tokens[k + 2].kind == .word,
                    let kin = roleActorNouns[tokens[k + 2].key], kin.kind == .kin
                {
                    found[found.count - 1].isPossessor = true
                    let kinWord = word(k + 2)
                    found.append(Description(tokens: start..<(k + 3), sentence: sentence.index, key: head + "'s " + kinWord,
                                             modifiers: [], agency: nil, possessor: head, noun: kin))
                    next = k + 3
                }
            }
        }
        return found
    }

    /// What the node of `description` is called, before its report: its describing words
    /// that say who the actor is, then its key (`preliminary examination department
    /// director`, `director's son`).
    func label(of description: Description) -> String {
        var label = ""
        for index in description.modifiers where !Self.vague.contains(tokens[index].key) {
            label += word(index)
            label += " "
        }
        return label + description.key
    }

    /// A lower-case word that may describe the role noun after it: not a function word, nor
    /// a verb form in `-ed`/`-ing` (but `training`), an adverb in `-ly`, a plural or a verb in
    /// `-s` ("shows"), nor another role noun.
    private func isDescribingWord(_ j: Int) -> Bool {
        let token = tokens[j]
        if Self.stopWords.contains(token.key) || token.hasSuffixIgnoringCase("ed", in: text) || token.hasSuffixIgnoringCase("ly", in: text) {
            return false
        }
        if token.hasSuffixIgnoringCase("ing", in: text), !token.isTextIgnoringCase("training", in: text) { return false }
        if token.hasSuffixIgnoringCase("s", in: text), !token.hasSuffixIgnoringCase("ss", in: text) { return false }
        return roleActorNouns[token.key] == nil
    }

    private func isWord(_ index: Int, _ word: StaticString) -> Bool {
        tokens[index].isTextIgnoringCase(word, in: text)
    }

    /// The text of token `index`, lower-cased. A word in ASCII, as nearly all are, is
    /// lowered byte by byte as it is copied into the string; any other is made and then
    /// lowered by `lowercased()` (which gives the same for ASCII).
    private func word(_ index: Int) -> String {
        let start = Int(slice.offsets[tokens[index].start])
        let end = Int(slice.offsets[tokens[index].end])
        return slice.utf8.withUnsafeBufferPointer { utf8 in
            let bytes = UnsafeBufferPointer(rebasing: utf8[start..<end])
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (offset, byte) in bytes.enumerated() { out[offset] = byte &- 65 < 26 ? byte + 32 : byte }
                return bytes.count
            }
        }
    }

    private static let articles = KeySet(words: ["a", "an", "the"])
    /// Describing words that say nothing about who the actor is.
    private static let vague = KeySet(words: ["local", "other", "former", "certain", "same"])
    /// Words that end the describing words: articles, numbers, pronouns, function words.
    private static let stopWords = KeySet(words: [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many",
        "both", "all", "any", "each", "every", "no", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for",
        "from", "with", "as", "who", "which", "was", "were", "is", "are", "be", "been", "had", "has", "have",
        "said", "says", "told", "after", "before", "than", "then", "while", "when", "where", "if", "not", "against",
        "about", "into", "over", "under", "near", "via", "also", "such", "more", "most", "other's", "there",
        "day", "week", "month", "year", "night", "morning", "evening", "time", "first", "last", "next",
    ])
}
