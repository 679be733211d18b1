/// Escaping for text that goes into XML 1.0 documents (GraphML, GEXF).
///
/// Names and sentences come from reports, so they may hold anything: markup characters,
/// quotes, line breaks, even control characters. The escaped text is safe both as element
/// content and inside a double-quoted attribute value, and a conforming parser gives back
/// the original text, except for the characters XML 1.0 cannot carry at all.
public enum XMLEscaping {
    /// The character written in place of one that XML 1.0 forbids: U+FFFD REPLACEMENT
    /// CHARACTER.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production): tab, line
    /// feed, carriage return, and everything from U+0020 except U+FFFE and U+FFFF.
    /// Surrogates never reach here: Swift strings hold only Unicode scalars.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `text` escaped for element content or a double-quoted attribute value.
    ///
    /// `&`, `<`, `>` and `"` become entity references; tab, line feed and carriage return
    /// become character references, so attribute-value normalisation and line-end handling
    /// keep them; characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) become
    /// ``replacement``, since no escape can carry them.
    public static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text`, escaped as ``escape(_:)`` does, to `out`.
    public static func append(_ text: String, to out: inout String) {
        // Most names need nothing: copy them whole.
        if !text.utf8.contains(where: needsCare) {
            out += text
            return
        }
        // Copy the runs between characters that need escaping whole.
        let scalars = text.unicodeScalars
        var run = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let escaped: String? = switch scalars[index] {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "\t": "&#9;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            case let scalar: isAllowed(scalar) ? nil : String(replacement)
            }
            let next = scalars.index(after: index)
            if let escaped {
                out += text[run..<index]
                out += escaped
                run = next
            }
            index = next
        }
        out += text[run..<scalars.endIndex]
    }

    /// Whether a UTF-8 byte may start something that needs escaping: markup characters,
    /// controls, or the lead byte of U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func needsCare(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF
    }
}
