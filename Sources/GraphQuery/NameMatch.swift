import GraphCore

/// The outcome of looking an entity up by a name the user typed.
public enum NameMatch: Sendable {
    /// Exactly one entity goes by the name.
    case found(Entity)
    /// Several entities go by the name (an acronym that means different bodies in different
    /// reports, two events with the same label): the caller must ask, not guess.
    case ambiguous([Entity])
    /// Nothing goes by the name; the closest names, best first.
    case notFound(suggestions: [Entity])
}
