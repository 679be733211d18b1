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
    /// A person works for an agency: a reporter or translator for the outlet that
    /// publishes them.
    public static let worksFor: RelationKind = "works_for"
    /// Two entities are named in the same sentence. The weak fallback: it says nothing of
    /// how they are related, and is never presented as if it did.
    public static let coMentioned: RelationKind = "co_mentioned"

    /// Whether the relation states how its ends are related, rather than only that they
    /// appear together.
    public var isTyped: Bool { self != .coMentioned }

    /// Whether the relation reads the same both ways (only co-mentions do).
    public var isSymmetric: Bool { self == .coMentioned }

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
