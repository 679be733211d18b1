/// The form of a name used to compare names: case, hyphens, underscores, runs of spaces,
/// curly apostrophes and a leading "the" do not matter.
///
/// `"The Ministry of State-Security"` and `"ministry of state security"` have the same key.
public struct NameKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// The key of `name`.
    ///
    /// Built as UTF-8 bytes and made a `String` once: appending to a `String` scalar by
    /// scalar cost about 400 instructions a letter, and graphs key every name and alias.
    public init(_ name: String) {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            switch scalar {
            case "-", "_", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", ".":
                pendingSpace = true
            case "\u{2019}", "\u{2018}":
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(UInt8(ascii: "'"))
            default:
                if Self.isWhitespace(scalar) {
                    pendingSpace = true
                } else {
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    Self.appendLowercase(scalar, to: &out)
                }
            }
        }
        rawValue = Self.droppingLeadingThe(out)
    }

    /// `key` as a string, without a leading "the " (the four characters, as `hasPrefix`
    /// compares them: a mark that would join the space to the next letter keeps it).
    private static func droppingLeadingThe(_ key: [UInt8]) -> String {
        guard key.starts(with: Self.the) else { return String(decoding: key, as: UTF8.self) }
        // What follows is ASCII, or nothing: the space stands alone.
        if key.count == 4 || key[4] < 0x80 { return String(decoding: key[4...], as: UTF8.self) }
        var text = String(decoding: key, as: UTF8.self)
        if text.hasPrefix("the ") { text.removeFirst(4) }
        return text
    }

    private static let the = Array("the ".utf8)

    /// Unicode's White_Space property, answered for ASCII without a property look-up.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (0x09...0x0D).contains(scalar.value)
    }

    /// Appends the UTF-8 of the lower-case mapping of `scalar` (one or more scalars: `İ`
    /// becomes `i̇`); ASCII letters directly, without a property look-up.
    private static func appendLowercase(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            out.append((65...90).contains(value) ? value + 32 : value)
            return
        }
        out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
    }

    public var description: String { rawValue }

    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.rawValue < rhs.rawValue }
}
