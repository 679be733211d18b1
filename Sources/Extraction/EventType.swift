import GraphCore

/// A kind of happening reports describe (`fire`, `arrest`, `public execution`), with the
/// words that signal it.
struct EventType: Sendable, Hashable {
    /// Short slug used in identifiers and as the entity's category: `fire`, `arrest`.
    var category: String
    /// The noun phrase used in the event's name: `fire`, `emergency alert`.
    var label: String
    /// The category as it appears in identifiers (`EntityID`'s slug of it).
    var slug: String

    init(category: String, label: String) {
        self.category = category
        self.label = label
        self.slug = String(EntityID(kind: .event, name: category).rawValue.dropFirst("event:".count))
    }
}
