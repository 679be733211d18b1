import GraphCore

/// Finds the happenings a report describes from trigger words (`fire`, `kidnapped`,
/// `firing squad`) and ties each to the place where it happened.
///
/// One event per type per report: a report that says "fire" five times describes one fire.
/// Its place is the most specific place named in the first trigger sentence that names a
/// place inside the country (a county before its province); when no trigger sentence names
/// one, the event has no place rather than a guessed one.
struct EventDetector {
    /// The lexicon's trigger phrases: only they are kept, since copying the whole lexicon for
    /// every report costs more than the look-ups.
    let triggers: PhraseTable<Int>
    let tokens: [Token]

    init(lexicon: Lexicon, tokens: [Token]) {
        triggers = lexicon.triggers
        self.tokens = tokens
    }

    /// One trigger occurrence.
    struct Hit {
        var type: Int
        var tokens: Range<Int>
        var sentence: Int
    }

    /// Trigger occurrences outside names, in text order.
    ///
    /// Every token of a report is asked, so the tokens and `covered` are read through buffers
    /// (the sentences' ranges checked once against them), and a word is first asked whether
    /// it may start a trigger at all, which rejects most of them before the rarer tests of
    /// names and hyphens are read.
    ///
    /// - Complexity: O(n · k) for n tokens and triggers of up to k words.
    func hits(in sentences: [Sentence], covered: [Bool]) -> [Hit] {
        precondition(covered.count == tokens.count, "one covered flag for each token")
        var hits: [Hit] = []
        // A local copy, passed by reference to each look-up instead of being copied for it.
        let triggers = triggers
        tokens.withUnsafeBufferPointer { words in
            covered.withUnsafeBufferPointer { covered in
                for sentence in sentences {
                    let end = sentence.tokens.upperBound
                    precondition(sentence.tokens.lowerBound >= 0 && end <= words.count, "sentence outside the tokens")
                    var i = sentence.tokens.lowerBound
                    while i < end {
                        // The flags of the word itself first: a word in a name or joined by a
                        // hyphen starts no trigger, and they are cheaper than the look-up.
                        guard words[i].kind == .word, !covered[i], !words[i].isHyphenJoined,
                            let match = triggers.longestMatch(in: tokens, at: i, limit: end),
                            !covered[i..<match.end].contains(true),
                            match.end >= end || !words[match.end].isHyphenJoined
                        else {
                            i += 1
                            continue
                        }
                        // A report with triggers has a score of them or so: room for them at once.
                        if hits.isEmpty { hits.reserveCapacity(32) }
                        hits.append(Hit(type: match.values[0], tokens: i..<match.end, sentence: sentence.index))
                        i = match.end
                    }
                }
            }
        }
        return hits
    }

    /// `hits` regrouped by event type, types in the order of their first hit and each
    /// type's hits in text order, with the run of each type.
    ///
    /// Gathered type by type into one array, each type's run made at its first hit from
    /// the hits after it: a report names a handful of types, so the runs made so far tell
    /// whether a type has one, and no array is made for each type or for the types.
    static func grouped(_ hits: [Hit]) -> (hits: [Hit], runs: [Range<Int>]) {
        var grouped: [Hit] = []
        grouped.reserveCapacity(hits.count)
        var runs: [Range<Int>] = []
        runs.reserveCapacity(hits.count)
        for first in hits.indices {
            let type = hits[first].type
            guard !runs.contains(where: { grouped[$0.lowerBound].type == type }) else { continue }
            let start = grouped.count
            for index in first..<hits.count where hits[index].type == type { grouped.append(hits[index]) }
            runs.append(start..<grouped.count)
        }
        return (grouped, runs)
    }
}
