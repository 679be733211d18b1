import ArgumentParser
import GraphCore
import GraphQuery

/// `--relation`: which relation kinds a query may follow, shared by `neighbors` and `path`.
struct RelationFilterOptions: ParsableArguments {
    /// The kinds the extractor produces (and `works_for`, which older graphs hold), so a
    /// misspelt kind is an error rather than an empty answer.
    static let known: [RelationKind] = [
        .locatedIn, .occurredIn, .participant, .memberOf, .leads, .family, .reportedBy, .worksFor, .coMentioned,
    ]

    @Option(name: .customLong("relation"), help: ArgumentHelp(
        "Follow only relations of this type (repeatable): \(known.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
    var relations: [RelationKind] = []

    /// The filter for GraphQuery: `nil` when every kind is allowed.
    var kinds: Set<RelationKind>? { relations.isEmpty ? nil : Set(relations) }

    func validate() throws {
        for kind in relations where !Self.known.contains(kind) {
            throw ValidationError("unknown relation type \"\(kind)\"; use one of \(Self.known.map(\.rawValue).joined(separator: ", "))")
        }
    }
}

/// The two entities `explain` and `common` ask about.
struct EntityPairArguments: ParsableArguments {
    @Argument(help: "The first entity (name, alias or id).")
    var first: String

    @Argument(help: "The second entity (name, alias or id).")
    var second: String

    /// Both entities, each resolved as `resolve` does (exit 2 when one is unknown or ambiguous).
    func resolve(in index: GraphIndex) throws -> (Entity, Entity) {
        (try index.resolve(first), try index.resolve(second))
    }
}

/// `--limit`: how many results to show; the rest are counted.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Show at most this many results; the rest are counted.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    /// The line that says how many results the limit left out, or `nil` when none.
    static func moreLine(_ omitted: Int) -> String? {
        omitted > 0 ? "and \(omitted) more" : nil
    }
}

extension RelationKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}
