/// A kind of happening reports describe (`fire`, `arrest`, `public execution`), with the
/// words that signal it.
struct EventType: Sendable, Hashable {
    /// Short slug used in identifiers and as the entity's category: `fire`, `arrest`.
    var category: String
    /// The noun phrase used in the event's name: `fire`, `emergency alert`.
    var label: String
}
