/// Reads a participant's side of an event from the few words between the participant and
/// the event's trigger.
///
/// Every pattern is local (a handful of tokens, no punctuation between), so a side is only
/// claimed where the sentence's grammar shows it; a participant merely named in the same
/// sentence gets no side, and extraction keeps it as a co-mention, not a participant.
///
/// - Agent: `TRIGGER by [the] P` ("under investigation by the MSS"); the body that takes
///   custody (`TRIGGER to P`, `TRIGGER and transferred to P`: "were arrested and
///   transferred to the Ministry of Social Security"); `P TRIGGER` and `P's
///   TRIGGER` ("an MSS investigation"); `P [adverb] VERB-ed … TRIGGER` in the active voice
///   ("the MSS arrested", "authorities then issued an emergency alert").
/// - Target: `TRIGGER of [the] P` ("the execution of Jang"); `TRIGGER-ed [the words] P`
///   ("kidnapped the director's son"); `P was/were/is [adverb] [under] TRIGGER` ("the
///   kidnappers were publicly executed"), also when `P` opens the sentence and a relative
///   clause comes between ("A mother who … is currently under investigation").
struct ParticipantSides {
    let tokens: [Token]
    let text: [Unicode.Scalar]

    /// The side of the participant at `participant` in the event triggered at `trigger`,
    /// both within `sentence`; nil when the words between do not show one.
    ///
    /// `isBody` says whether the participant is an agency: before a trigger noun a body is
    /// the one acting ("an MSS investigation") and a person the one acted on ("his sister's
    /// arrest").
    ///
    /// Words are compared by token key and code point, never by making a `String`: this
    /// runs for every name near every trigger.
    func side(of participant: Range<Int>, trigger: Range<Int>, sentence: Range<Int>, isBody: Bool = false) -> ParticipantSide? {
        if participant.lowerBound >= trigger.upperBound {
            return sideAfter(participant, trigger: trigger)
        }
        if participant.upperBound <= trigger.lowerBound {
            return sideBefore(participant, trigger: trigger, sentence: sentence, isBody: isBody)
        }
        return nil
    }

    /// The participant comes after the trigger.
    private func sideAfter(_ participant: Range<Int>, trigger: Range<Int>) -> ParticipantSide? {
        // "kidnapped the MSS director's son": the name only describes the one it happened to.
        guard !isModifier(participant) else { return nil }
        var between = trigger.upperBound..<participant.lowerBound
        guard between.count <= 5 else { return nil }
        // Articles and `local` right before the participant are part of its phrase.
        while let last = between.last, Self.determiners.contains(tokens[last].key) { between = between.lowerBound..<last }
        // "questioned by", "transferred to": a trigger ending in a preposition.
        let last = trigger.upperBound - 1
        if Self.prepositions.contains(tokens[last].key) {
            guard between.isEmpty else { return nil }
            // "questioned by the MSS"; "transferred to the MSS", "handed over to": the body
            // that takes custody holds them.
            return isWord(last, "by") || isWord(last, "to") || isWord(last, "into") ? .agent : nil
        }
        // "were arrested and transferred to the MSS", "detained and handed over to".
        let first = between.lowerBound
        if isVerb(trigger), between.count >= 3, isWord(first, "and"), isPastVerb(first + 1..<(first + 2)),
            isWord(between.upperBound - 1, "to"), between.count == 3 || (between.count == 4 && isWord(first + 2, "over"))
        {
            return .agent
        }
        if between.count == 1, isWord(first, "by") { return .agent }
        if between.count == 1, isWord(first, "of"), !isVerb(trigger) { return .target }
        // "kidnapped the (local) …": an active verb and its object.
        if between.isEmpty, isPastVerb(trigger) { return .target }
        return nil
    }

    /// The participant comes before the trigger.
    private func sideBefore(_ participant: Range<Int>, trigger: Range<Int>, sentence: Range<Int>, isBody: Bool) -> ParticipantSide? {
        // "Families of the victims were warned": the subject is the families.
        var first = participant.lowerBound - 1
        while first >= sentence.lowerBound, Self.determiners.contains(tokens[first].key) { first -= 1 }
        if first >= sentence.lowerBound, isWord(first, "of") { return nil }
        var k = participant.upperBound
        if k < trigger.lowerBound, tokens[k].kind == .possessive { k += 1 }
        let between = k..<trigger.lowerBound
        // "the kidnappers were caught", "the mother under investigation".
        if isPassive(trigger) {
            return between.allSatisfy({ Self.fillers.contains(tokens[$0].key) || isAdverb($0) }) ? .target : nil
        }
        // "an MSS investigation", "the MSS's crackdown" (not "the MSS preliminary
        // examination department", where the trigger words only name a department).
        if between.isEmpty, !isVerb(trigger) { return isModifier(trigger) ? nil : isBody ? .agent : .target }
        guard between.allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else {
            return subjectSide(participant, trigger: trigger, sentence: sentence)
        }
        guard between.count <= 4 else { return subjectSide(participant, trigger: trigger, sentence: sentence) }
        if between.contains(where: { Self.auxiliaries.contains(tokens[$0].key) }) {
            guard between.allSatisfy({ Self.auxiliaries.contains(tokens[$0].key) || Self.fillers.contains(tokens[$0].key) || isAdverb($0) })
            else { return nil }
            // "are jointly questioning the soldier" is active; "were executed" passive.
            return isProgressive(trigger) ? .agent : .target
        }
        // "Hyesan smugglers arrested as …": a headline drops the auxiliary.
        if between.isEmpty, isPastVerb(trigger), isHeadline(sentence) { return .target }
        // "the MSS arrested", "authorities then issued an emergency alert".
        // Counted, not filtered into arrays.
        var verbs = 0
        var rest = 0
        for k in between {
            if isPastVerb(k..<(k + 1)) { verbs += 1 }
            if !Self.determiners.contains(tokens[k].key) && !isAdverb(k) && !isWord(k, "then") { rest += 1 }
        }
        if isPastVerb(trigger) && rest == 0 { return .agent }
        if verbs == 1, rest == 1, !isVerb(trigger) { return .agent }
        return nil
    }

    /// "A mother who saved her children …, is currently under investigation": the sentence
    /// opens with the participant, and a passive auxiliary stands just before the trigger.
    private func subjectSide(_ participant: Range<Int>, trigger: Range<Int>, sentence: Range<Int>) -> ParticipantSide? {
        var start = sentence.lowerBound
        while start < participant.lowerBound, Self.determiners.contains(tokens[start].key) { start += 1 }
        guard start == participant.lowerBound else { return nil }
        // Only across a relative clause or an apposition: "A mother who …, is".
        guard participant.upperBound < trigger.lowerBound, Self.clauseOpeners.contains(tokens[participant.upperBound].key) else { return nil }
        let before = max(participant.upperBound, trigger.lowerBound - 3)..<trigger.lowerBound
        guard let aux = before.last(where: { Self.auxiliaries.contains(tokens[$0].key) }),
            (aux + 1..<before.upperBound).allSatisfy({ Self.fillers.contains(tokens[$0].key) || isAdverb($0) })
        else { return nil }
        return isProgressive(trigger) ? .agent : .target
    }

    /// Whether the words at `range` only describe the noun after them: a lower-case word
    /// that is no function word follows, past an acronym in brackets ("Ministry of Social
    /// Security (MSS) preliminary examination department director").
    private func isModifier(_ range: Range<Int>) -> Bool {
        var k = range.upperBound
        if k + 2 < tokens.count, isWord(k, "("), isWord(k + 2, ")") { k += 3 }
        if k < tokens.count, tokens[k].kind == .possessive { return false }
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized else { return false }
        let next = tokens[k].key
        return !Self.functionWords.contains(next) && !Self.prepositions.contains(next) && !Self.auxiliaries.contains(next)
            && !tokens[k].hasSuffixIgnoringCase("ed", in: text) && !isAdverb(k)
    }

    /// A sentence with no closing punctuation: a headline or caption, where "X arrested"
    /// means X was arrested.
    private func isHeadline(_ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last else { return false }
        return tokens[last].kind != .punctuation || !Self.closers.contains(tokens[last].key)
    }

    /// Whether token `index`, lower-cased, is `word`.
    @inline(__always)
    private func isWord(_ index: Int, _ word: StaticString) -> Bool {
        tokens[index].isTextIgnoringCase(word, in: text)
    }

    /// Ends in `-ly` (`publicly`, `jointly`).
    @inline(__always)
    private func isAdverb(_ index: Int) -> Bool {
        tokens[index].hasSuffixIgnoringCase("ly", in: text)
    }

    /// A trigger that is a verb form, not a noun (`arrested`, `publicly executed`).
    private func isVerb(_ trigger: Range<Int>) -> Bool {
        isPastVerb(trigger) || isPassive(trigger)
    }

    /// Has a past form: `arrested`, `publicly executed`, `caught`, `shot to death`.
    private func isPastVerb(_ range: Range<Int>) -> Bool {
        range.contains {
            tokens[$0].kind == .word && (tokens[$0].hasSuffixIgnoringCase("ed", in: text) || Self.irregularPast.contains(tokens[$0].key))
        }
    }

    /// A trigger in `-ing` after an auxiliary: the participant is doing it.
    private func isProgressive(_ trigger: Range<Int>) -> Bool {
        tokens[trigger.lowerBound].hasSuffixIgnoringCase("ing", in: text)
    }

    /// A trigger that is passive by itself: `were caught`, `under investigation`.
    private func isPassive(_ trigger: Range<Int>) -> Bool {
        Self.auxiliaries.contains(tokens[trigger.lowerBound].key) || isWord(trigger.lowerBound, "under")
    }

    private static let determiners = KeySet(words: [
        "the", "a", "an", "two", "three", "four", "five", "several", "some", "local", "its", "their", "his", "her",
    ])
    private static let auxiliaries = KeySet(words: ["was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"])
    private static let fillers = KeySet(words: ["under", "then", "also", "later", "soon", "allegedly", "reportedly", "currently", "now", "not"])
    private static let closers = KeySet(words: [".", "!", "?", "\"", "”", "’", "'", ")", ":", ";"])
    private static let clauseOpeners = KeySet(words: ["who", "which", "that", ","])
    private static let prepositions = KeySet(words: [
        "to", "into", "from", "at", "in", "on", "by", "for", "with", "against", "over", "after", "before", "during", "near",
    ])
    private static let functionWords = KeySet(words: [
        "and", "or", "but", "who", "whom", "which", "that", "of", "as", "than", "had", "has", "have", "said", "says",
        "told", "while", "when", "where", "because", "since", "if", "then", "also", "not", "so", "to",
    ])
    private static let irregularPast = KeySet(words: ["caught", "shot", "held", "sent", "taken", "beaten", "put", "hung", "sold", "made"])
}
