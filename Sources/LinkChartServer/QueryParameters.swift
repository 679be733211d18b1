import Foundation
import GraphCore

/// The query string of a request, decoded the way browsers encode forms (`+` for a space),
/// with typed accessors that turn a bad value into ``ServerError/badParameter(name:problem:)``.
struct QueryParameters: Sendable {
    private var values: [(name: String, value: String)] = []

    /// Decodes `query` (the part after `?`, without it).
    ///
    /// - Throws: ``ServerError/badParameter(name:problem:)`` for a malformed `%` escape or bytes
    ///   that are not UTF-8.
    init(_ query: Substring) throws(ServerError) {
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Links.decode(parts[0], plusIsSpace: true) else {
                throw .badParameter(name: String(parts[0].prefix(40)), problem: "its name is not valid percent-encoded UTF-8")
            }
            guard let value = Links.decode(parts.count > 1 ? parts[1] : "", plusIsSpace: true) else {
                throw .badParameter(name: name, problem: "its value is not valid percent-encoded UTF-8")
            }
            values.append((name, value))
        }
    }

    /// The first value of `name`, trimmed; `nil` when absent or blank.
    func text(_ name: String) -> String? {
        guard let value = values.first(where: { $0.name == name })?.value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The first value of `name`, which must be given.
    func required(_ name: String) throws(ServerError) -> String {
        guard let value = text(name) else { throw .badParameter(name: name, problem: "it is required") }
        return value
    }

    /// Every non-blank value of `name`, in order.
    func all(_ name: String) -> [String] {
        values.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// `name` as a whole number in `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(ServerError) -> Int {
        try optionalInteger(name, in: range) ?? fallback
    }

    /// `name` as a whole number in `range`, or `nil` when absent.
    func optionalInteger(_ name: String, in range: ClosedRange<Int>) throws(ServerError) -> Int? {
        guard let text = text(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw .badParameter(name: name, problem: "\"\(text.prefix(40))\" is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// `name` as `true`/`false` (also `1`/`0`, `yes`/`no`, `on`), `false` when absent.
    func flag(_ name: String) throws(ServerError) -> Bool {
        guard let text = text(name)?.lowercased() else { return false }
        switch text {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw .badParameter(name: name, problem: "\"\(text.prefix(40))\" is not true or false")
        }
    }

    /// `name` as an entity type, or `nil` when absent.
    func entityKind(_ name: String) throws(ServerError) -> EntityKind? {
        guard let text = text(name) else { return nil }
        guard let kind = EntityKind(rawValue: text) else {
            throw .badParameter(name: name, problem: "\"\(text.prefix(40))\" is not one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }

    /// Every value of `name` as a relation type; `nil` when none is given (all types).
    func relationKinds(_ name: String) throws(ServerError) -> Set<RelationKind>? {
        let texts = all(name)
        guard !texts.isEmpty else { return nil }
        var kinds: Set<RelationKind> = []
        for text in texts {
            let kind = RelationKind(rawValue: text)
            guard Self.knownRelations.contains(kind) else {
                throw .badParameter(name: name, problem: "\"\(text.prefix(40))\" is not one of \(Self.knownRelations.map(\.rawValue).joined(separator: ", "))")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    /// The relation types a filter may name: those extraction writes, and `works_for`, which
    /// older graphs hold.
    static let knownRelations: [RelationKind] = [
        .locatedIn, .occurredIn, .participant, .memberOf, .leads, .family, .reportedBy, .worksFor, .coMentioned,
    ]
}
