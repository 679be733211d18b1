import GraphCore

/// The URLs of the explorer's pages, built from identifiers that come from reports.
///
/// Every identifier is percent-encoded as one path segment or query value: only ASCII
/// letters, digits and `-._~` stay as they are, so a `/`, `?`, `#`, quote or `<` in a name
/// can neither leave its segment nor its attribute. Pages still escape the result for HTML.
public enum Links {
    /// The page of one entity.
    public static func entity(_ id: EntityID) -> String {
        "/entity/" + encode(id.rawValue)
    }

    /// The page of one report.
    public static func report(_ id: DocumentID) -> String {
        "/report/" + encode(id.rawValue)
    }

    /// The path page from `from` to `to`.
    public static func path(from: EntityID, to: EntityID) -> String {
        "/path?from=" + encode(from.rawValue) + "&to=" + encode(to.rawValue)
    }

    /// The timeline, of every event or of one entity's.
    public static func timeline(of id: EntityID? = nil) -> String {
        id.map { "/timeline?entity=" + encode($0.rawValue) } ?? "/timeline"
    }

    /// `text` percent-encoded as UTF-8, keeping only RFC 3986's unreserved characters.
    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// `text` with `%XX` escapes decoded (and, in a query, `+` read as a space); `nil` when
    /// an escape is malformed or the bytes are not UTF-8.
    public static func decode(_ text: Substring, plusIsSpace: Bool = false) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            case UInt8(ascii: "+") where plusIsSpace:
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
