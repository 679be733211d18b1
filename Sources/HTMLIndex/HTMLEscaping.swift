/// Escapes text for HTML so that whatever a report or a name holds is shown as text and
/// never read as markup.
///
/// The output is also well-formed XML: only the five XML entities are produced, and the
/// control characters XML cannot hold become U+FFFD, so the page can be checked with an
/// XML parser.
public enum HTMLEscaping {
    /// `s` for an element's content or a double- or single-quoted attribute value:
    /// `&`, `<`, `>`, `"` and `'` become entities.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
