/// One word, number or punctuation mark of a report, located by code-point offsets.
///
/// Tokens carry a 64-bit hash of their folded, lower-cased text (``key``) so that phrase
/// look-ups (gazetteer names, event triggers) compare integers, not strings.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        /// Letters (with internal apostrophes: `O'Brien`, `Ji'an`).
        case word
        /// Digits, possibly with internal `,` or `.` (`1,000`, `3.5`).
        case number
        /// `'s`, `’s` or a bare trailing apostrophe: transparent to phrase matching, so
        /// `Daily NK's` contains the phrase `Daily NK`.
        case possessive
        /// A URL or e-mail address: never part of a name.
        case opaque
        /// Any other single character that is not whitespace.
        case punctuation
    }

    // The word-sized fields first and the byte-sized ones together after them, so that a
    // token takes 40 bytes, not 48: reports are read token by token, and the tokenizer
    // gathers more of them on the stack before adding them to the array.

    /// Offset of the first code point in the report.
    var start: Int
    /// Offset just past the last code point.
    var end: Int
    /// Hash of the folded lower-case text; equal for `Hamgyŏng`, `HAMGYONG` and `hamgyong`.
    var key: UInt64
    /// Line breaks between this token and the previous one.
    var newlinesBefore: Int
    var kind: Kind
    /// The first letter is upper case (`Onsong`, `MSS`).
    var isCapitalized: Bool
    /// Two or more letters, all upper case (`MSS`, `KPA`, `NK`).
    var isAllCaps: Bool
    /// Glued to the previous word by a hyphen (`un` in `Jong-un`, `gun` in `Onsong-gun`).
    var isHyphenJoined: Bool

    init(start: Int, end: Int, kind: Kind, key: UInt64, isCapitalized: Bool, isAllCaps: Bool, isHyphenJoined: Bool,
         newlinesBefore: Int) {
        self.start = start
        self.end = end
        self.key = key
        self.newlinesBefore = newlinesBefore
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isHyphenJoined = isHyphenJoined
    }
}

extension Token {
    /// Whether the token's text is exactly `word` (ASCII), compared code point by code point:
    /// the rules ask this of many tokens, and making a `String` of each cost more than the
    /// comparison.
    @inline(__always)
    func isText(_ word: StaticString, in text: [Unicode.Scalar]) -> Bool {
        let count = end - start
        guard count == word.utf8CodeUnitCount else { return false }
        let bytes = word.utf8Start
        for offset in 0..<count where text[start + offset].value != UInt32(bytes[offset]) { return false }
        return true
    }

    /// Whether the token's text, lower-cased, is `word` (lower-case ASCII letters and
    /// punctuation): `In` and `IN` are `in`. No code point outside ASCII lower-cases to one of
    /// the letters these words use (only the Kelvin sign becomes ASCII, `k`), so comparing
    /// ASCII case-folded code points gives what `lowercased() == word` gives.
    @inline(__always)
    func isTextIgnoringCase(_ word: StaticString, in text: [Unicode.Scalar]) -> Bool {
        let count = end - start
        guard count == word.utf8CodeUnitCount else { return false }
        let bytes = word.utf8Start
        for offset in 0..<count {
            var value = text[start + offset].value
            if value >= 65 && value <= 90 { value += 32 }
            if value != UInt32(bytes[offset]) { return false }
        }
        return true
    }

    /// Whether the token's text, lower-cased, ends with `suffix` (lower-case ASCII letters):
    /// `ARRESTED` ends with `ed`. Compared on the code points, as ``isTextIgnoringCase(_:in:)``.
    @inline(__always)
    func hasSuffixIgnoringCase(_ suffix: StaticString, in text: [Unicode.Scalar]) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let bytes = suffix.utf8Start
        let from = end - count
        for offset in 0..<count {
            var value = text[from + offset].value
            if value >= 65 && value <= 90 { value += 32 }
            if value != UInt32(bytes[offset]) { return false }
        }
        return true
    }
}

extension Array<Token> {
    /// The index of the first token in `range` that satisfies `predicate`, or nil.
    ///
    /// Read through a buffer pointer, without a bounds check or an overflow check for each
    /// token: the rules that look for a rare word (`the` before a head word, `and` between
    /// directions) scan every token of a report this way, and the checks cost more than the
    /// test. `predicate` should capture plain values, not a rule's whole state.
    @inline(__always)
    func firstIndex(in range: Range<Int>, where predicate: (Token) -> Bool) -> Int? {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "token range outside the tokens")
        return withUnsafeBufferPointer { tokens in
            // Four tokens a round, one test of the end for the four, then those left.
            var k = range.lowerBound
            while k &+ 3 < range.upperBound {
                if predicate(tokens[k]) { return k }
                if predicate(tokens[k &+ 1]) { return k &+ 1 }
                if predicate(tokens[k &+ 2]) { return k &+ 2 }
                if predicate(tokens[k &+ 3]) { return k &+ 3 }
                k &+= 4
            }
            while k < range.upperBound {
                if predicate(tokens[k]) { return k }
                k &+= 1
            }
            return nil
        }
    }
}
