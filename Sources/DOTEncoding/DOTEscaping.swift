/// Turns arbitrary text into DOT quoted strings that Graphviz reads back exactly.
///
/// Entity names come from news reports and can contain anything: quotes, backslashes,
/// line breaks, markup, emoji. Every identifier and attribute value linkchart writes is
/// therefore a quoted string produced here, never a bare DOT ID.
///
/// Graphviz reads a quoted string in up to three passes, and each function below undoes
/// exactly the passes its kind of value goes through:
///
/// 1. The DOT parser turns `\"` into `"` and keeps every other backslash as written.
/// 2. Labels and tooltips then have HTML entities decoded (`&amp;` becomes `&`), so a
///    literal `&` is written `&amp;`; otherwise a name containing `&lt;` would be shown
///    as `<`.
/// 3. Labels then treat `\` as an escape (`\n` is a line break, `\\` a backslash, `\N`
///    the node name). Tooltips are unescaped twice (line breaks first, then `\N` and
///    friends), so each backslash in tooltip text is written as four.
///
/// No function here produces HTML-like labels (`<…>`): `<` and `>` need no escaping inside
/// quoted strings, and Graphviz escapes them itself when writing SVG.
public enum DOTEscaping {
    /// A DOT quoted string (`"…"`) for an identifier or a plain attribute value.
    ///
    /// Escapes `\` as `\\` and `"` as `\"`, and writes line breaks (`\n`, `\r\n`, `\r`)
    /// as `\n`, so every statement stays on one line and the string always ends where it
    /// should, whatever it contains. Control characters other than tab and line breaks,
    /// which XML (and so SVG) cannot hold, become U+FFFD.
    ///
    /// Graphviz keeps the backslashes of `\\` and `\n` in identifiers (only labels
    /// interpret them); that is harmless for linkchart's identifiers, which are slugs.
    public static func quoted(_ s: String) -> String {
        escape(s, backslash: #"\\"#, ampersand: nil)
    }

    /// A DOT quoted string for text Graphviz draws (a node, edge or graph label) that
    /// shows exactly `s`.
    ///
    /// Besides what ``quoted(_:)`` escapes, `&` becomes `&amp;` (Graphviz decodes entities
    /// in labels). Line breaks become the DOT line break `\n`, so a name with a newline is
    /// drawn on two centred lines.
    public static func label(_ s: String) -> String {
        escape(s, backslash: #"\\"#, ampersand: "&amp;")
    }

    /// A DOT quoted string for a `tooltip` attribute that shows exactly `s`.
    ///
    /// Like ``label(_:)``, but each backslash is written `\\\\`: Graphviz unescapes
    /// tooltips twice, and with a single `\\` a name containing `\N` would have the node
    /// name substituted into its tooltip.
    public static func tooltip(_ s: String) -> String {
        escape(s, backslash: #"\\\\"#, ampersand: "&amp;")
    }

    /// The shared escaper. `ampersand == nil` means the value is not drawn text, so `&`
    /// stays as it is.
    private static func escape(_ s: String, backslash: String, ampersand: String?) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += backslash
            case "\"": out += #"\""#
            case "\r": out += #"\n"#
            case "\n": if !previousWasCR { out += #"\n"# }
            case "&": out += ampersand ?? "&"
            case "\t": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
                // Not allowed in XML, so Graphviz would write them into an SVG no parser
                // accepts; NUL would also cut the C string libgvc reads.
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }
}
