import GraphCore

/// The five corrections an analyst can make.
public enum CurationAction: Sendable, Hashable {
    /// `merge A B`: `entity` (B) and `into` (A) are one entity. B's mentions, aliases and
    /// relations go to A, and B's name becomes an alias of A.
    case merge(EntityHandle, into: EntityHandle)
    /// `split NAME --report R`: in report `report` the name means another entity than
    /// elsewhere; there it becomes its own entity, ``CurationAction/splitName(_:report:)``.
    case split(EntityHandle, report: DocumentID)
    /// `alias add NAME ALIAS`: an entity that a report calls `alias` is `entity`, and
    /// `alias` becomes one of its aliases. The alias may name no entity yet: it applies to
    /// reports read later.
    case alias(EntityHandle, alias: String)
    /// `reject NAME`: not an entity. It is dropped with its relations from every report.
    case reject(EntityHandle)
    /// `retype NAME TYPE`: the entity is of another kind; its identifier changes with it.
    case retype(EntityHandle, to: EntityKind)

    /// The word the curation file and the commands use for the action.
    public var verb: String {
        switch self {
        case .merge: "merge"
        case .split: "split"
        case .alias: "alias"
        case .reject: "reject"
        case .retype: "retype"
        }
    }

    /// The entity the decision acts on.
    public var entity: EntityHandle {
        switch self {
        case .merge(let entity, _), .split(let entity, _), .alias(let entity, _), .reject(let entity), .retype(let entity, _):
            entity
        }
    }

    /// The decision in one line of plain words, for `linkchart curation`.
    public var summary: String {
        switch self {
        case .merge(let entity, let into):
            "merge \"\(entity.name)\" into \"\(into.name)\""
        case .split(let entity, let report):
            "split \"\(entity.name)\" in report \(report) off as \"\(Self.splitName(entity.name, report: report))\""
        case .alias(let entity, let alias):
            "\"\(alias)\" is an alias of \"\(entity.name)\""
        case .reject(let entity):
            "reject \"\(entity.name)\" (not an entity)"
        case .retype(let entity, let kind):
            "retype \"\(entity.name)\" as \(kind.rawValue)"
        }
    }

    /// The name of the entity a split makes: `NAME (REPORT)`, so it reads as "the NAME of
    /// that report" and never collides with the entity it was split from.
    public static func splitName(_ name: String, report: DocumentID) -> String {
        "\(name) (\(report.rawValue))"
    }
}
