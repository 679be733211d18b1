/// Escaping for the few strings linkchart writes into Cypher text.
///
/// The Neo4j script never holds a name from a report: every value arrives through
/// `LOAD CSV` as data. What it does write (file names, relationship types derived from
/// relation types, label names) still goes through these, so a relation type read from a
/// hostile graph file cannot end a literal or an identifier and inject a statement.
public enum CypherEscaping {
    /// A single-quoted Cypher string literal: `\` and `'` escaped with a backslash,
    /// line breaks and tabs as `\n`, `\r`, `\t`, other control characters as `\uXXXX`.
    public static func literal(_ value: String) -> String {
        var out = "'"
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    /// A backtick-quoted Cypher name (label or relationship type), a backtick inside doubled.
    public static func name(_ value: String) -> String {
        "`" + value.replacing("`", with: "``") + "`"
    }

    /// The Neo4j relationship type for a relation type: upper case, every character other
    /// than `A`–`Z`, `0`–`9` and `_` replaced by `_` (`located_in` -> `LOCATED_IN`).
    ///
    /// Restricting the alphabet keeps the type a plain identifier in every Cypher version
    /// (older ones read `\u0060` inside backticks as a backtick). The relation type itself is
    /// kept, unchanged, in the relationship's `kind` property.
    public static func relationshipType(_ kind: String) -> String {
        let type = String(String.UnicodeScalarView(kind.uppercased().unicodeScalars.map { scalar in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" ? scalar : "_"
        }))
        return type.isEmpty ? "RELATED" : type
    }
}
