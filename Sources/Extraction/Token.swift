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

    /// Offset of the first code point in the report.
    var start: Int
    /// Offset just past the last code point.
    var end: Int
    var kind: Kind
    /// Hash of the folded lower-case text; equal for `Hamgyŏng`, `HAMGYONG` and `hamgyong`.
    var key: UInt64
    /// The first letter is upper case (`Onsong`, `MSS`).
    var isCapitalized: Bool
    /// Two or more letters, all upper case (`MSS`, `KPA`, `NK`).
    var isAllCaps: Bool
    /// Glued to the previous word by a hyphen (`un` in `Jong-un`, `gun` in `Onsong-gun`).
    var isHyphenJoined: Bool
    /// Line breaks between this token and the previous one.
    var newlinesBefore: Int
}
