import GraphCore

/// One mention of a report with the entity it was assigned to and why.
public struct MentionExplanation: Sendable, Hashable {
    /// The entity the mention belongs to.
    public var entity: EntityID
    /// The entity's name.
    public var name: String
    /// The entity's kind.
    public var kind: EntityKind
    /// Where the mention is.
    public var mention: Mention
    /// The rule that recognised it.
    public var rule: RecognitionRule
    /// What the rule matched: the gazetteer entry and its file, the head word, the trigger.
    public var detail: String?
}
