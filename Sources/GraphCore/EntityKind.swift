/// The four kinds of thing linkchart puts on a link chart.
///
/// The raw values are the `type` strings of the graph JSON contract and of the CLI's
/// `--type` option, so they must never be renamed.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A named individual.
    case person
    /// A country, province, city, county, town, river, mountain or named facility.
    case place
    /// A named organisation: ministry, party organ, military unit, outlet, company, NGO.
    case agency
    /// A happening a report describes: an arrest, a fire, an execution, an alert.
    case event

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .person: 0
        case .place: 1
        case .agency: 2
        case .event: 3
        }
    }
}
