/// A stable identifier of an entity, derived from its kind and name.
///
/// Identifiers look like `agency:ministry-of-state-security`. Because they are derived from
/// content rather than counters, the same corpus always yields the same identifiers and
/// `Output/` diffs cleanly between runs. Events are scoped to the report that describes
/// them (`event:000_d642fd3dd39ad37c:fire`), since two fires in two reports are two events.
public struct EntityID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    /// The identifier of the entity of `kind` whose canonical name is `name`.
    public init(kind: EntityKind, name: String) {
        self.init(kind: kind.rawValue, scope: nil, name: name)
    }

    /// The identifier of an entity that only exists within one report, such as an event.
    public init(kind: EntityKind, scope: DocumentID, name: String) {
        self.init(kind: kind.rawValue, scope: scope.rawValue, name: name)
    }

    /// `kind:scope:slug` (or `kind:slug`) written as UTF-8 into one buffer: string
    /// interpolation built the slug and then the identifier through intermediate strings,
    /// for every entity of every report.
    private init(kind: String, scope: String?, name: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(kind.utf8.count + (scope?.utf8.count ?? 0) + name.utf8.count + 2)
        bytes.append(contentsOf: kind.utf8)
        bytes.append(UInt8(ascii: ":"))
        if let scope {
            bytes.append(contentsOf: scope.utf8)
            bytes.append(UInt8(ascii: ":"))
        }
        Slug.append(name, to: &bytes)
        rawValue = String(decoding: bytes, as: UTF8.self)
    }

    /// The kind encoded in the identifier's prefix, if it names one.
    public var kind: EntityKind? {
        guard let colon = rawValue.firstIndex(of: ":") else { return nil }
        return EntityKind(rawValue: String(rawValue[..<colon]))
    }

    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
