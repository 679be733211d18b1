import Foundation
import GraphCore

/// One correction an analyst made to what extraction found, with who made it, when and why.
///
/// Decisions are kept in the order they were made and applied in that order, each to the
/// facts the earlier ones left: a later decision can build on an earlier one (retype, then
/// merge) or undo its effect (reject an entity that a merge made).
public struct CurationDecision: Sendable, Hashable {
    /// What the decision does.
    public var action: CurationAction
    /// When the decision was made.
    public var made: Date
    /// Who made it, if they said.
    public var by: String?
    /// Why, in the analyst's words, if they gave a reason.
    public var note: String?

    public init(_ action: CurationAction, made: Date = Date(), by: String? = nil, note: String? = nil) {
        self.action = action
        // Whole seconds: the file keeps ISO 8601 to the second, so a decision reads back equal.
        self.made = Date(timeIntervalSince1970: made.timeIntervalSince1970.rounded(.down))
        self.by = by
        self.note = note
    }
}

/// An entity as a decision names it: its identifier, which the decision matches, and its
/// name at the time, which people read and which names the entity a decision creates.
public struct EntityHandle: Sendable, Hashable {
    /// The identifier the decision applies to (see ``EntityID``).
    public var id: EntityID
    /// The entity's canonical name when the decision was made.
    public var name: String

    public init(id: EntityID, name: String) {
        self.id = id
        self.name = name
    }

    /// The kind the identifier encodes; `nil` for an identifier without a known kind prefix.
    public var kind: EntityKind? { id.kind }
}
