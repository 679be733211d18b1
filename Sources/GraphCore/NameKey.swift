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
                if scalar.properties.isWhitespace {
                    pendingSpace = true
                } else {
                    if pendingSpace && !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        rawValue = out
    }

    public var description: String { rawValue }

    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.rawValue < rhs.rawValue }
}
