/// Case and diacritic folding shared by the tokenizer and every phrase table, so that a
/// name in a resource file and the same name in a report always hash alike.
enum TextFolding {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The scalar as it is compared: lower case, without diacritics (`Ŏ` → `o`), curly
    /// apostrophes straightened.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 65 && value <= 90) ? value + 32 : value
        }
        switch value {
        case 0x2019, 0x2018, 0x02BC: return 39  // ’ ‘ ʼ → '
        case 0x014C, 0x014D, 0x014E, 0x014F, 0x00D3, 0x00F3, 0x00D4, 0x00F4, 0x00D6, 0x00F6, 0x00D2, 0x00F2: return 111  // ŏ ō ó ô ö ò → o
        case 0x016C, 0x016D, 0x00DA, 0x00FA, 0x00DC, 0x00FC, 0x00D9, 0x00F9, 0x00DB, 0x00FB: return 117  // ŭ ú ü ù û → u
        case 0x00C9, 0x00E9, 0x00C8, 0x00E8, 0x00CA, 0x00EA, 0x00CB, 0x00EB: return 101  // é è ê ë → e
        case 0x00C1, 0x00E1, 0x00C0, 0x00E0, 0x00C2, 0x00E2, 0x00C4, 0x00E4, 0x00C3, 0x00E3: return 97  // á à â ä ã → a
        case 0x00CD, 0x00ED, 0x00CC, 0x00EC, 0x00CE, 0x00EE, 0x00CF, 0x00EF: return 105  // í ì î ï → i
        case 0x00D1, 0x00F1: return 110  // ñ → n
        case 0x00C7, 0x00E7: return 99  // ç → c
        default:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.first?.value ?? value
        }
    }

    /// Feeds one folded scalar into an FNV-1a hash.
    @inline(__always)
    static func mix(_ hash: UInt64, _ folded: UInt32) -> UInt64 {
        var h = hash
        var v = folded
        repeat {
            h = (h ^ UInt64(v & 0xFF)) &* prime
            v >>= 8
        } while v != 0
        return h
    }

    /// The FNV-1a hash of `bytes` as they are (no folding): the key of a string already in
    /// the form it is looked up by (an identifier, a romanisation key).
    @inline(__always)
    static func byteHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = offsetBasis
        for byte in bytes { h = (h ^ UInt64(byte)) &* prime }
        return h
    }

    /// Combines token keys into a phrase key; order matters.
    @inline(__always)
    static func combine(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        var h = phrase ^ (token &+ 0x9E37_79B9_7F4A_7C15 &+ (phrase << 6) &+ (phrase >> 2))
        h = (h ^ (h >> 31)) &* 0x7FB5_D329_728E_A185
        return h ^ (h >> 27)
    }

    /// The key of a whole string, as the tokenizer would compute it for a one-token word.
    static func key<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = offsetBasis
        for s in scalars { h = mix(h, fold(s)) }
        return h
    }

    /// The key of `word`, for comparing tokens with a word the code names (`"of"`).
    static func key(_ word: String) -> UInt64 { key(word.unicodeScalars) }
}
