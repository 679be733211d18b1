import Foundation
import GraphCore

/// A coarse key for comparing names however they are romanised, spaced or hyphenated.
///
/// North Korean names reach English reports in several romanisations (McCune–Reischauer,
/// South Korea's Revised Romanization, and informal mixes of both), so one town is
/// `Kilju`, `Gilju` and `Kilchu`, one city `Sinuiju` and `Shinuiju`, one county `Hoeryong`
/// and `Hoiryong`. The key drops case, diacritics, spaces, hyphens and apostrophes, and
/// writes each group of letters that the systems spell differently one way:
///
/// | spellings | key |
/// |---|---|
/// | k / g, t / d, p / b, l / r | g, d, b, r |
/// | ch, tch, j | j |
/// | sh, s (shi, si) | s |
/// | eo / o, eu / u, oo / u, ee / i | o, u, u, i |
/// | oe / oi | oe |
/// | a doubled letter | the letter once |
///
/// It is for ranking search hits only: it merges names that are different (`Kim` and
/// `Gim`, `Pak` and `Bak`), which is what a search for a half-remembered spelling wants.
struct SpellingKey: Hashable {
    /// The key's letters (ASCII, after folding).
    let bytes: [UInt8]

    init(_ name: String) {
        self.init(key: NameKey(name))
    }

    /// The spelling key of the name whose ``NameKey`` is `key`, for callers that have it
    /// already.
    init(key: NameKey) {
        var folded = key.rawValue
        if folded.utf8.contains(where: { $0 >= 0x80 }) {
            folded = folded.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        }
        let letters = folded.utf8.filter { (97...122).contains($0) || (48...57).contains($0) || $0 >= 0x80 }
        var out: [UInt8] = []
        out.reserveCapacity(letters.count)
        func emit(_ byte: UInt8) {
            if out.last != byte { out.append(byte) }
        }
        var i = 0
        while i < letters.count {
            let c = letters[i]
            let next: UInt8 = i + 1 < letters.count ? letters[i + 1] : 0
            let after: UInt8 = i + 2 < letters.count ? letters[i + 2] : 0
            switch (c, next) {
            case (UInt8(ascii: "t"), UInt8(ascii: "c")) where after == UInt8(ascii: "h"):
                emit(UInt8(ascii: "j")); i += 3
            case (UInt8(ascii: "c"), UInt8(ascii: "h")):
                emit(UInt8(ascii: "j")); i += 2
            case (UInt8(ascii: "s"), UInt8(ascii: "h")), (UInt8(ascii: "p"), UInt8(ascii: "h")),
                 (UInt8(ascii: "t"), UInt8(ascii: "h")), (UInt8(ascii: "k"), UInt8(ascii: "h")):
                emit(Self.consonant(c)); i += 2
            case (UInt8(ascii: "e"), UInt8(ascii: "o")):
                emit(UInt8(ascii: "o")); i += 2
            case (UInt8(ascii: "e"), UInt8(ascii: "u")), (UInt8(ascii: "o"), UInt8(ascii: "o")):
                emit(UInt8(ascii: "u")); i += 2
            case (UInt8(ascii: "e"), UInt8(ascii: "e")):
                emit(UInt8(ascii: "i")); i += 2
            case (UInt8(ascii: "o"), UInt8(ascii: "i")), (UInt8(ascii: "o"), UInt8(ascii: "e")):
                emit(UInt8(ascii: "o")); out.append(UInt8(ascii: "e")); i += 2
            default:
                emit(Self.consonant(c)); i += 1
            }
        }
        bytes = out
    }

    /// The one letter a consonant that romanisations spell two ways is written as.
    private static func consonant(_ c: UInt8) -> UInt8 {
        switch c {
        case UInt8(ascii: "k"): UInt8(ascii: "g")
        case UInt8(ascii: "t"): UInt8(ascii: "d")
        case UInt8(ascii: "p"): UInt8(ascii: "b")
        case UInt8(ascii: "l"): UInt8(ascii: "r")
        default: c
        }
    }
}
