/// Finds sentence boundaries in a token stream.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) when the
/// next token starts a new sentence, unless the period belongs to an abbreviation
/// (`Dec.`, `Mr.`) or an initial (`U.S.`, `J.`). A blank line always ends a sentence; so
/// does a single line break after a short line (headlines, captions, bylines), but not
/// one inside a hard-wrapped paragraph.
struct SentenceSplitter: Sendable {
    /// Keys of words that take an abbreviation period (`dec`, `mr`, `no`), in a
    /// ``KeySet``: looked up at every period after a word, where hashing a `Set` element
    /// cost several times a ``KeySet`` probe.
    private let abbreviations: KeySet
    /// Lines at least this long that end without punctuation are taken as hard-wrapped.
    var wrappedLineLength = 60

    /// - Parameter abbreviations: Keys of words that take an abbreviation period.
    init(abbreviations: Set<UInt64>) {
        self.abbreviations = KeySet(abbreviations)
    }

    /// - Complexity: O(n) in the number of tokens.
    func split(_ tokens: [Token], text: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        // Sentences run to a few dozen tokens: room for one every 16, so that the list is
        // seldom grown and copied.
        sentences.reserveCapacity(tokens.count / 16 + 1)
        var first = 0
        func close(before end: Int) {
            guard end > first else { return }
            sentences.append(Sentence(index: sentences.count, tokens: first..<end,
                                      start: tokens[first].start, end: tokens[end - 1].end))
            first = end
        }
        var i = 0
        // Only a token after a line break or a punctuation mark can end a sentence: a scan
        // passes the words between.
        while let next = tokens.firstIndex(in: i..<tokens.count, where: { $0.newlinesBefore > 0 || $0.kind == .punctuation }) {
            i = next
            let token = tokens[i]
            if i > first, token.newlinesBefore > 0, breaksAtNewline(before: i, tokens, text) {
                close(before: i)
            }
            if token.kind == .punctuation, isTerminal(text[token.start]) {
                var end = i + 1
                while end < tokens.count, tokens[end].newlinesBefore == 0, tokens[end].kind == .punctuation || tokens[end].kind == .possessive,
                    isClosing(text[tokens[end].start]) || isTerminal(text[tokens[end].start])
                {
                    end += 1
                }
                if end >= tokens.count || startsSentence(tokens[end], text) || tokens[end].newlinesBefore > 0 {
                    if text[token.start] != "." || !isAbbreviation(before: i, tokens, text) || end >= tokens.count
                        || tokens[end].newlinesBefore > 0
                    {
                        close(before: end)
                        i = end
                        continue
                    }
                }
            }
            i += 1
        }
        close(before: tokens.count)
        return sentences
    }

    private func breaksAtNewline(before i: Int, _ tokens: [Token], _ text: [Unicode.Scalar]) -> Bool {
        if tokens[i].newlinesBefore >= 2 { return true }
        let previous = tokens[i - 1]
        if previous.kind == .punctuation, isTerminal(text[previous.start]) || isClosing(text[previous.start]) {
            return true
        }
        // Length of the line that ends before token i.
        var lineStart = previous.start
        while lineStart > 0, text[lineStart - 1] != "\n" { lineStart -= 1 }
        return previous.end - lineStart < wrappedLineLength
    }

    private func isAbbreviation(before i: Int, _ tokens: [Token], _ text: [Unicode.Scalar]) -> Bool {
        guard i > 0, tokens[i - 1].end == tokens[i].start else { return false }
        let word = tokens[i - 1]
        guard word.kind == .word else { return false }
        if word.end - word.start == 1 { return true }  // an initial: J. or the S. of U.S.
        return abbreviations.contains(word.key)
    }

    private func startsSentence(_ token: Token, _ text: [Unicode.Scalar]) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalized
        case .number: return true
        case .punctuation: return isOpening(text[token.start])
        case .opaque, .possessive: return false
        }
    }

    private func isTerminal(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == "\u{2026}" }
    private func isClosing(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == ")" || s == "]"
    }
    private func isOpening(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201C}" || s == "\u{2018}" || s == "'" || s == "(" || s == "[" || s == "*"
    }
}
