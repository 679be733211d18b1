/// The type of a relation between two entities.
///
/// An open set of strings rather than an enum, so that later extractors can add types
/// without breaking readers of older graph files. The raw values are the `type` strings
/// of the graph JSON contract.
public struct RelationKind: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    /// A place lies in another place ("Onsong County, North Hamgyong Province").
    public static let locatedIn: RelationKind = "located_in"
    /// An event happened in a place.
    public static let occurredIn: RelationKind = "occurred_in"
    /// A person or agency took part in an event: named in a sentence that names the event.
    /// The source is the participant, the target the event.
    public static let participant: RelationKind = "participant"
    /// A person works for an agency. Extraction no longer writes it (bylines give
    /// ``reportedBy``, appositions ``memberOf``); kept so graph files that have it still read.
    public static let worksFor: RelationKind = "works_for"
    /// An outlet published a person's reporting or translation: the name in a byline
    /// (`Translated by …`, `Author:`) or a press role ("one of Daily NK's reporters").
    /// The source is the outlet, the target the person.
    public static let reportedBy: RelationKind = "reported_by"
    /// A person belongs to an agency without leading it: "X, an official of the Ministry of
    /// State Security", "MSS agent X", "X of the Korean People's Army".
    public static let memberOf: RelationKind = "member_of"
    /// A person heads an agency: "X, director of the MSS", "MSS chief X".
    public static let leads: RelationKind = "leads"
    /// Two people are kin: "X's son Y", "Y, the daughter of X", "X and his wife Y". Read the
    /// same both ways: the source is the smaller identifier.
    public static let family: RelationKind = "family"
    /// Two entities are named in the same sentence. The weak fallback: it says nothing of
    /// how they are related, and is never presented as if it did.
    public static let coMentioned: RelationKind = "co_mentioned"

    /// Whether the relation states how its ends are related, rather than only that they
    /// appear together.
    public var isTyped: Bool { self != .coMentioned }

    /// Whether the relation reads the same both ways (co-mentions and family).
    public var isSymmetric: Bool { self == .coMentioned || self == .family }

    public var description: String { rawValue }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
