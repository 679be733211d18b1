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
    ///
    /// Tokens are gathered in a small buffer on the stack and added to `tokens` a batch at
    /// a time: appending them one by one checked the array's uniqueness and capacity for
    /// each.
    private static func tokenize(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to n: Int, into tokens: inout [Token]) {
        precondition(start >= 0 && start <= n && n <= text.count, "token range outside the text")
        tokens.reserveCapacity(tokens.count + (n - start) / 4 + 1)
        withUnsafeTemporaryAllocation(of: Token.self, capacity: batchSize) { batch in
            let base = batch.baseAddress!
            var batched = 0
            func flush() {
                tokens.append(contentsOf: UnsafeBufferPointer(start: base, count: batched))
                batched = 0
            }
            func emit(_ token: Token) {
                if batched == batchSize { flush() }
                (base + batched).initialize(to: token)
                batched &+= 1
            }
            /// The last token made from this stretch of text, if any (tokens already in the
            /// array are never looked back at). Only a hyphen or an apostrophe asks for it, so
            /// it is read back from the batch rather than noted for every token, which took
            /// three registers in the loop. The batch is emptied only just before a token is
            /// added to it, so once a token is made the last one is always there.
            func previous() -> Token? {
                batched > 0 ? base[batched - 1] : nil
            }
            var i = start
            var newlines = 0
            var pendingHyphen = false

            func attachedToPrevious(_ position: Int) -> Bool {
                guard let last = previous() else { return false }
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
                    // An ASCII first letter, upper or lower case, is hashed here: the loop
                    // below then starts on the lower-case letters that follow a capital.
                    // An ASCII letter below `a` is a capital.
                    let isCapitalized = isASCIILetter ? v < 97 : isUpper(c)
                    var j = isASCIILetter ? i + 1 : i
                    var key = isASCIILetter ? (TextFolding.offsetBasis ^ UInt64(v | 0x20)) &* TextFolding.prime
                        : TextFolding.offsetBasis
                    // Whether an apostrophe was taken into the word (`O'Brien`), noted as it is
                    // read so that the word is not scanned again for one.
                    var hasApostrophe = false
                    // Whether the word ends at a space, as most words do: that space is passed
                    // over with the word, and the word is no address.
                    var endsAtSpace = false
                    while true {
                        // Lower-case ASCII letters, most of every word, in a loop of their own.
                        // (Reading four at a time, when four were, cost more than it saved:
                        // most words end within their first four letters, so the test of four
                        // failed more often than not and the letters were read again. Rounds of
                        // four that test each letter as they hash it measured no better than
                        // this loop.)
                        while j < n {
                            let value = text[j].value
                            guard value &- 97 < 26 else { break }
                            key = (key ^ UInt64(value)) &* TextFolding.prime
                            j += 1
                        }
                        guard j < n else { break }
                        let s = text[j]
                        let value = s.value
                        if value == 32 {
                            endsAtSpace = true
                            break
                        }
                        if value &- 65 < 26 {
                            key = (key ^ UInt64(value + 32)) &* TextFolding.prime
                            j += 1
                            continue
                        }
                        // ASCII first: a space or punctuation mark ends most words.
                        let isApostrophe: Bool
                        if value < 0x80 {
                            if value &- 48 < 10 { isApostrophe = false }  // digits inside a word (`K2`) stay in it
                            else if value == 0x27 { isApostrophe = true }
                            else { break }
                        } else if isLetter(s) {
                            isApostrophe = false
                        } else if value == 0x2019 {
                            isApostrophe = true
                        } else {
                            break
                        }
                        if isApostrophe {
                            // Inside the word only between letters, and not before a possessive `s`.
                            guard j + 1 < n, isLetter(text[j + 1]) else { break }
                            let next = text[j + 1]
                            let afterNext = j + 2 < n ? text[j + 2] : " "
                            if (next == "s" || next == "S") && !isLetter(afterNext) { break }
                            hasApostrophe = true
                        }
                        key = TextFolding.mix(key, TextFolding.fold(s))
                        j += 1
                    }
                    // A word that holds an apostrophe does not run straight from letters into
                    // `@`, `:`, `.`, `_` or `-`, and cannot start a URL.
                    if !endsAtSpace, j < n, mayContinueOpaque(text[j]), !hasApostrophe,
                        let opaqueEnd = opaqueEnd(text, from: i, wordEnd: j, limit: n)
                    {
                        emit(Token(start: i, end: opaqueEnd, kind: .opaque, key: 0, isCapitalized: false,
                                   isAllCaps: false, isHyphenJoined: false, newlinesBefore: newlines))
                        newlines = 0
                        pendingHyphen = false
                        i = opaqueEnd
                        continue
                    }
                    // A word that starts in lower case is not all capitals: only capitalised
                    // words are read again for that.
                    emit(Token(start: i, end: j, kind: .word, key: key, isCapitalized: isCapitalized,
                               isAllCaps: isCapitalized && isAllCaps(text, i..<j),
                               isHyphenJoined: pendingHyphen, newlinesBefore: newlines))
                    newlines = 0
                    pendingHyphen = false
                    i = endsAtSpace ? j &+ 1 : j
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
                    emit(Token(start: i, end: j, kind: .number, key: key, isCapitalized: false,
                               isAllCaps: false, isHyphenJoined: pendingHyphen, newlinesBefore: newlines))
                    newlines = 0
                    pendingHyphen = false
                    i = j
                    continue
                }
                if isApostrophe(c), let last = previous(), last.end == i, last.kind == .word {
                    let next = i + 1 < n ? text[i + 1] : " "
                    let afterNext = i + 2 < n ? text[i + 2] : " "
                    var length = 0
                    if (next == "s" || next == "S") && !isLetter(afterNext) {
                        length = 2
                    } else if !isLetter(next), last.end > last.start,
                        text[last.end - 1] == "s" || text[last.end - 1] == "S"
                    {
                        length = 1  // Workers'
                    }
                    if length > 0 {
                        emit(Token(start: i, end: i + length, kind: .possessive, key: 0, isCapitalized: false,
                                   isAllCaps: false, isHyphenJoined: false, newlinesBefore: newlines))
                        newlines = 0
                        i += length
                        continue
                    }
                }
                emit(Token(start: i, end: i &+ 1, kind: .punctuation,
                           key: TextFolding.mix(TextFolding.offsetBasis, foldPunctuation(c)),
                           isCapitalized: false, isAllCaps: false, isHyphenJoined: false,
                           newlinesBefore: newlines))
                newlines = 0
                pendingHyphen = false
                // A space after the mark (`,` and `.` mostly) is passed over with it.
                i = i &+ 1 < n && text[i &+ 1].value == 32 ? i &+ 2 : i &+ 1
            }
            flush()
        }
    }

    /// How many tokens are gathered before they are added to the array: few enough for
    /// the buffer to stay on the stack (Swift allocates temporaries over 1 KiB on the heap;
    /// a token takes 40 bytes).
    private static let batchSize = 24

    /// Whether the word `text[word]` is in capitals: two or more letters, all upper case
    /// (digits and apostrophes aside). Asked only of capitalised words, after the word is
    /// read, so reading every word counts no letters.
    @inline(__always)
    private static func isAllCaps(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ word: Range<Int>) -> Bool {
        // Most capitalised words go on in lower case (`Seoul`): a look at the second code
        // point answers them without the loop.
        if word.count >= 2, text[word.lowerBound &+ 1].value &- 97 < 26 { return false }
        var letters = 0
        for k in word {
            let s = text[k]
            let v = s.value
            if v &- 65 < 26 {
                letters += 1
            } else if v &- 97 < 26 {
                return false  // most capitalised words: the second letter is lower case
            } else if v >= 0x80 {
                if isUpper(s) {
                    letters += 1
                } else if isLetter(s) {
                    return false
                }
            }
        }
        return letters >= 2
    }

    /// ``TextFolding/fold(_:)`` of a mark read as a punctuation token, with no look-up of
    /// Unicode properties for ASCII marks or for the dashes and quotes of U+2010 to U+2027,
    /// which reports use often: none of those has case, so each folds to itself, but for
    /// the curly single quotes, which fold to `'`.
    @inline(__always)
    private static func foldPunctuation(_ c: Unicode.Scalar) -> UInt32 {
        let value = c.value
        if value < 0x80 { return (value >= 65 && value <= 90) ? value + 32 : value }
        guard isDashOrQuote(c) else { return foldOtherMark(c) }
        return value == 0x2018 || value == 0x2019 ? 39 : value
    }

    /// ``TextFolding/fold(_:)`` of a rarer mark, kept out of line: written in
    /// ``foldPunctuation(_:)``, it made every call set up room for the Unicode properties it
    /// looks up, which cost several times the ASCII test.
    @inline(never)
    private static func foldOtherMark(_ c: Unicode.Scalar) -> UInt32 {
        TextFolding.fold(c)
    }

    /// Whether a word that runs straight into `s` may be the start of a URL or e-mail
    /// address (a cheap test before looking for one).
    @inline(__always)
    private static func mayContinueOpaque(_ s: Unicode.Scalar) -> Bool {
        s == "@" || s == ":" || s == "." || s == "_" || s == "-"
    }

    /// Where a URL or e-mail address starting at `i` ends, or nil if none starts there.
    ///
    /// `text[i..<wordEnd]` is a word without apostrophes, just read: its letters and digits
    /// are none of the marks looked for, so the scan starts after it.
    ///
    /// A word ending a sentence (`said.` before a space) is asked this most often: when the
    /// mark after the word is not `@` and whitespace or the end follows it, the scan would
    /// stop there having seen no `@` nor `://`, and `www.` needs more than a word and its
    /// mark, so nothing starts here and nothing is scanned.
    private static func opaqueEnd(_ text: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, wordEnd: Int, limit n: Int) -> Int? {
        if text[wordEnd] != "@", wordEnd + 1 == n || isWhitespace(text[wordEnd + 1]) { return nil }
        var j = wordEnd
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
        while j > i, isTrailingPunctuation(text[j - 1]) { j -= 1 }
        return j
    }

    /// Punctuation that ends a sentence or clause after a URL rather than belonging to it.
    private static func isTrailingPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", ",", ";", ":", "!", "?", "'", "\u{2019}": true
        default: false
        }
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
