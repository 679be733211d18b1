import GraphCore

/// What a span of tokens names: a gazetteer entry, or an entity found by its context.
enum SpanTarget: Hashable, Sendable {
    /// The gazetteer entry at this index.
    case known(Int)
    /// An entity typed by a head word, cue or pattern, with the name it will carry.
    case found(kind: EntityKind, name: String, category: String?)
}

/// A run of tokens in one sentence that names an entity.
struct MentionSpan: Sendable {
    /// Token indices of the mention.
    var tokens: Range<Int>
    /// What it names.
    var target: SpanTarget
    /// The sentence it is in.
    var sentence: Int
    /// The rule that recognised it.
    var rule: RecognitionRule
    /// A short back-reference (`Kim` after `Kim Jong Un`, `Songchon` after `Songchon
    /// County`): a mention, but not a form worth listing as an alias.
    var isReference = false
    /// A place named inside a longer name (`Hyesan` in `Hyesan City Party Committee`).
    var isInner = false
}
