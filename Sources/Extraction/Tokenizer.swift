/// Splits report text into ``Token``s.
///
/// Words keep internal apostrophes (`O'Brien`) but lose a possessive `'s`, which becomes
/// its own ``Token/Kind/possessive`` token. Hyphens between two words are dropped and the
/// second word is marked ``Token/isHyphenJoined``, so `Kim Jong-un` and `Kim Jong Un` give
/// the same keys. URLs and e-mail addresses become one opaque token.
enum Tokenizer {
    /// - Complexity: O(n) in the number of code points.
    static func tokenize(_ text: [Unicode.Scalar], from start: Int = 0, to end: Int? = nil) -> [Token] {
        var tokens: [Token] = []
        tokenize(text, from: start, to: end, into: &tokens)
        return tokens
    }

    /// Appends the tokens of `text[start..<end]` to `tokens`, as if they were the only
    /// ones: tokens already there are never joined to the new ones. Reports are tokenized
    /// part by part (header values, then the body) into one array this way, so no part's
    /// tokens are copied again.
    static func tokenize(_ text: [Unicode.Scalar], from start: Int = 0, to end: Int? = nil, into tokens: inout [Token]) {
        text.withUnsafeBufferPointer { tokenize($0, from: start, to: end ?? text.count, into: &tokens) }
    }

    /// The tokens of `text[start..<n]`, read through a buffer: this runs over every code
    /// point of every report, so ASCII is handled inline and bounds are checked once.
    private static func tokenize(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to n: Int, into tokens: inout [Token]) {
        precondition(start >= 0 && start <= n && n <= text.count, "token range outside the text")
        let base = tokens.count
        tokens.reserveCapacity(base + (n - start) / 4 + 1)
        var i = start
        var newlines = 0
        var pendingHyphen = false

        func attachedToPrevious(_ position: Int) -> Bool {
            guard tokens.count > base, let last = tokens.last else { return false }
            return last.end == position && (last.kind == .word || last.kind == .number)
        }

        while i < n {
            let c = text[i]
            let v = c.value
            if v == 32 {
                pendingHyphen = false
                i += 1
                continue
            }
            // An ASCII letter is neither whitespace nor a hyphen: words, the commonest
            // tokens, skip those tests.
            let isASCIILetter = v < 0x80 && (v | 0x20) &- 97 < 26
            if !isASCIILetter {
                if isWhitespace(c) {
                    if c == "\n" || c == "\u{2028}" || c == "\u{2029}" { newlines += 1 }
                    pendingHyphen = false
                    i += 1
                    continue
                }
                if isHyphen(c), attachedToPrevious(i), i + 1 < n, isLetter(text[i + 1]) || isDigit(text[i + 1]) {
                    pendingHyphen = true
                    i += 1
                    continue
                }
            }
            if isASCIILetter || isLetter(c) {
                var j = i
                var key = TextFolding.offsetBasis
                var letters = 0
                var uppers = 0
                // Whether the word holds an apostrophe: then it does not run straight from
                // letters into `@`, `:`, `.`, `_` or `-`, and cannot start a URL.
                var sawApostrophe = false
                while j < n {
                    let s = text[j]
                    let value = s.value
                    if value < 0x80 {
                        // Lower case first: most letters are.
                        if value &- 97 < 26 {
                            letters += 1
                            key = (key ^ UInt64(value)) &* TextFolding.prime
                            j += 1
                            continue
                        }
                        if value &- 65 < 26 {
                            letters += 1
                            uppers += 1
                            key = (key ^ UInt64(value + 32)) &* TextFolding.prime
                            j += 1
                            continue
                        }
                    }
                    if isLetter(s) {
                        letters += 1
                        if isUpper(s) { uppers += 1 }
                    } else if isDigit(s) {
                        // digits inside a word (`K2`) stay in it
                    } else if isApostrophe(s), j + 1 < n, isLetter(text[j + 1]) {
                        let next = text[j + 1]
                        let afterNext = j + 2 < n ? text[j + 2] : " "
                        if (next == "s" || next == "S") && !isLetter(afterNext) { break }
                        sawApostrophe = true
                    } else {
                        break
                    }
                    key = TextFolding.mix(key, TextFolding.fold(s))
                    j += 1
                }
                if !sawApostrophe, j < n, mayContinueOpaque(text[j]), let opaqueEnd = opaqueEnd(text, from: i, limit: n) {
                    tokens.append(Token(start: i, end: opaqueEnd, kind: .opaque, key: 0, isCapitalized: false,
                                        isAllCaps: false, isHyphenJoined: false, newlinesBefore: newlines))
                    newlines = 0
                    pendingHyphen = false
                    i = opaqueEnd
                    continue
                }
                tokens.append(Token(start: i, end: j, kind: .word, key: key, isCapitalized: isUpper(c),
                                    isAllCaps: letters >= 2 && uppers == letters,
                                    isHyphenJoined: pendingHyphen, newlinesBefore: newlines))
                newlines = 0
                pendingHyphen = false
                i = j
                continue
            }
            if isDigit(c) {
                var j = i
                var key = TextFolding.offsetBasis
                while j < n {
                    let s = text[j]
                    if isDigit(s) || ((s == "," || s == ".") && j + 1 < n && isDigit(text[j + 1]) && j > i) {
                        key = TextFolding.mix(key, s.value)
                        j += 1
                    } else {
                        break
                    }
                }
                // Ordinals and units stay one token: `4th`, `1st`, `20s`.
                while j < n, isLetter(text[j]) {
                    key = TextFolding.mix(key, TextFolding.fold(text[j]))
                    j += 1
                }
                tokens.append(Token(start: i, end: j, kind: .number, key: key, isCapitalized: false,
                                    isAllCaps: false, isHyphenJoined: pendingHyphen, newlinesBefore: newlines))
                newlines = 0
                pendingHyphen = false
                i = j
                continue
            }
            if isApostrophe(c), attachedToPrevious(i), tokens[tokens.count - 1].kind == .word {
                let next = i + 1 < n ? text[i + 1] : " "
                let afterNext = i + 2 < n ? text[i + 2] : " "
                var length = 0
                if (next == "s" || next == "S") && !isLetter(afterNext) {
                    length = 2
                } else if !isLetter(next), let last = tokens.last, last.end > last.start,
                    text[last.end - 1] == "s" || text[last.end - 1] == "S"
                {
                    length = 1  // Workers'
                }
                if length > 0 {
                    tokens.append(Token(start: i, end: i + length, kind: .possessive, key: 0, isCapitalized: false,
                                        isAllCaps: false, isHyphenJoined: false, newlinesBefore: newlines))
                    newlines = 0
                    i += length
                    continue
                }
            }
            tokens.append(Token(start: i, end: i + 1, kind: .punctuation,
                                key: TextFolding.mix(TextFolding.offsetBasis, TextFolding.fold(c)),
                                isCapitalized: false, isAllCaps: false, isHyphenJoined: false,
                                newlinesBefore: newlines))
            newlines = 0
            pendingHyphen = false
            i += 1
        }
    }

    /// Whether a word that runs straight into `s` may be the start of a URL or e-mail
    /// address (a cheap test before looking for one).
    @inline(__always)
    private static func mayContinueOpaque(_ s: Unicode.Scalar) -> Bool {
        s == "@" || s == ":" || s == "." || s == "_" || s == "-"
    }

    /// Where a URL or e-mail address starting at `i` ends, or nil if none starts there.
    private static func opaqueEnd(_ text: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, limit n: Int) -> Int? {
        var j = i
        var sawAt = false
        var sawScheme = false
        while j < n, !isWhitespace(text[j]) {
            let s = text[j]
            if s == "@" { sawAt = true }
            if s == ":", j + 2 < n, text[j + 1] == "/", text[j + 2] == "/" { sawScheme = true }
            if s == "\u{201C}" || s == "\u{201D}" || s == "\"" || s == "(" || s == ")" { break }
            j += 1
        }
        let startsWithWWW = j - i > 4 && (text[i] == "w" || text[i] == "W")
            && (text[i + 1] == "w" || text[i + 1] == "W") && (text[i + 2] == "w" || text[i + 2] == "W")
            && text[i + 3] == "."
        guard sawAt || sawScheme || startsWithWWW else { return nil }
        while j > i, ".,;:!?'\u{2019}".unicodeScalars.contains(text[j - 1]) { j -= 1 }
        return j
    }

    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 0x0B || s.value == 0x0C)
            : !isDashOrQuote(s) && s.properties.isWhitespace
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return !isDashOrQuote(s) && s.properties.isAlphabetic
    }

    /// U+2010 to U+2027: dashes, curly quotes, bullets and the ellipsis, which reports use
    /// often. None is a letter or whitespace, so they skip the look-up of Unicode properties.
    @inline(__always) static func isDashOrQuote(_ s: Unicode.Scalar) -> Bool {
        s.value &- 0x2010 < 0x18
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        return s.properties.isUppercase
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 48 && s.value <= 57
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }

    @inline(__always) static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }
}
