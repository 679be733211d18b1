/// JSON arrays written as text, for the values that GraphML and GEXF have no list type for
/// (an entity's aliases, a relation's evidence).
///
/// A JSON array is unambiguous whatever the names hold (a separator such as `|` or `;`
/// could appear in a hostile name), and every analyst's tool can parse it back.
enum JSONText {
    /// A JSON array of strings.
    static func array(_ items: [String]) -> String {
        var out = "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += ", " }
            string(item, to: &out)
        }
        out += "]"
        return out
    }

    /// The evidence as a JSON array of `{"document", "sentence", "text"}` objects.
    static func evidence(_ items: [(document: String, sentence: Int, text: String)]) -> String {
        var out = "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += ", " }
            out += "{\"document\": "
            string(item.document, to: &out)
            out += ", \"sentence\": \(item.sentence), \"text\": "
            string(item.text, to: &out)
            out += "}"
        }
        out += "]"
        return out
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t` or `\u00XX`,
    /// and U+FFFE, U+FFFF as `\uFFFE`, `\uFFFF`: so the string holds nothing that XML 1.0
    /// forbids, and the value survives the XML exports exactly.
    static func string(_ value: String, to out: inout String) {
        out += "\""
        // Copy the runs between characters that need escaping whole.
        let scalars = value.unicodeScalars
        var run = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escaped: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    nil
                }
            }
            let next = scalars.index(after: index)
            if let escaped {
                out += value[run..<index]
                out += escaped
                run = next
            }
            index = next
        }
        out += value[run..<scalars.endIndex]
        out += "\""
    }
}
