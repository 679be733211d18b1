/// The form of a name used to compare names: case, hyphens, underscores, runs of spaces,
/// curly apostrophes and a leading "the" do not matter.
///
/// `"The Ministry of State-Security"` and `"ministry of state security"` have the same key.
public struct NameKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ name: String) {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            switch scalar {
            case "-", "_", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", ".":
                pendingSpace = true
            case "\u{2019}", "\u{2018}":
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append("'")
            default:
                if Self.isWhitespace(scalar) {
                    pendingSpace = true
                } else {
                    if pendingSpace && !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    Self.appendLowercase(scalar, to: &out)
                }
            }
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        rawValue = out
    }

    /// Unicode's White_Space property, answered for ASCII without a property look-up.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (0x09...0x0D).contains(scalar.value)
    }

    /// Appends the lower-case mapping of `scalar` (one or more scalars: `İ` becomes `i̇`):
    /// ASCII letters directly, others one mapped scalar at a time, since appending the
    /// mapping's scalar view as a whole goes through an unspecialised generic path that
    /// cost two thousand instructions a letter.
    private static func appendLowercase(_ scalar: Unicode.Scalar, to out: inout String) {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            out.unicodeScalars.append(Unicode.Scalar((65...90).contains(value) ? value + 32 : value))
            return
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.unicodeScalars.append(lower) }
    }

    public var description: String { rawValue }

    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.rawValue < rhs.rawValue }
}
