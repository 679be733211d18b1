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
    /// `slug`'s hash value, worked out once: a report compares its events' slugs, and
    /// comparing these first spares most string comparisons. Like any hash value, good
    /// only within this run.
    var slugHash: Int

    init(category: String, label: String) {
        self.category = category
        self.label = label
        self.slug = String(EntityID(kind: .event, name: category).rawValue.dropFirst("event:".count))
        self.slugHash = slug.hashValue
    }
}
