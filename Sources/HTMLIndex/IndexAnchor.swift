import GraphCore

/// The fragment identifiers of index.html's sections, shared by the page and by the
/// diagrams whose nodes link into it.
///
/// Identifiers hold only ASCII letters, digits and `-`, plus `_` escapes: every other code
/// point is written `_<hex>_`, so two different entities never share an anchor and the
/// anchor is safe in a URL, an HTML `id` and an SVG attribute alike.
public enum IndexAnchor {
    /// The section of the overview diagram.
    public static let overview = "overview"
    /// The section of the timeline.
    public static let timeline = "timeline"
    /// The entity index table.
    public static let entities = "entities"
    /// The list of reports.
    public static let reports = "reports"

    /// The section of one entity: `e-place_3a_onsong-county`.
    public static func entity(_ id: EntityID) -> String {
        "e-" + safe(id.rawValue)
    }

    /// The section of one report: `r-000_5f_d642…`.
    public static func report(_ id: DocumentID) -> String {
        "r-" + safe(id.rawValue)
    }

    private static func safe(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-": out.unicodeScalars.append(scalar)
            default: out += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return out
    }
}
