/// CSV fields as RFC 4180 and `neo4j-admin database import` read them.
public enum CSVEscaping {
    /// A text field: always in double quotes, a `"` inside doubled, so commas, quotes and
    /// line breaks in a name cannot end the field or the row. nil and empty text give an
    /// empty unquoted field, which `neo4j-admin` reads as "no value".
    public static func field(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "" }
        var out = "\""
        if value.utf8.contains(0x22) {
            out += value.replacing("\"", with: "\"\"")
        } else {
            out += value
        }
        out += "\""
        return out
    }

    /// The separator between the items of an array column (`string[]`, `int[]`): U+001F
    /// UNIT SEPARATOR, passed to `neo4j-admin` as `--array-delimiter=U+001F` and to
    /// Cypher's `split()`. Any printable separator could appear in a hostile name; this
    /// control character cannot reach an item (see ``arrayItem(_:)``).
    public static let arrayDelimiter: Character = "\u{1F}"

    /// An array field: the items joined by ``arrayDelimiter``, quoted as one field.
    public static func array(_ items: [String]) -> String {
        field(items.map(arrayItem).joined(separator: String(arrayDelimiter)))
    }

    /// `item` with any ``arrayDelimiter`` in it replaced by U+FFFD, so it stays one item.
    public static func arrayItem(_ item: String) -> String {
        item.contains(arrayDelimiter) ? item.replacing(String(arrayDelimiter), with: "\u{FFFD}") : item
    }
}
