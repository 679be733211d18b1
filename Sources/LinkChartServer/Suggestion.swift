import GraphCore

/// One entry of the search boxes' suggestions: a form to type, and, for an alias, the
/// name it stands for.
struct Suggestion: Sendable, Hashable {
    /// What goes into the box: a name or an alias.
    var value: String
    /// The canonical name, shown beside an alias; `nil` for a name.
    var label: String?

    /// The names and aliases of `entities`, sorted, each form once: a form that is one
    /// entity's name is not also offered as another's alias.
    static func list(for entities: [Entity]) -> [Suggestion] {
        var names: Set<String> = []
        for entity in entities { names.insert(entity.name) }
        var byValue: [String: Suggestion] = [:]
        for name in names { byValue[name] = Suggestion(value: name, label: nil) }
        for entity in entities {
            for alias in entity.aliases where byValue[alias] == nil {
                byValue[alias] = Suggestion(value: alias, label: entity.name)
            }
        }
        return byValue.values.sorted { ($0.value, $0.label ?? "") < ($1.value, $1.label ?? "") }
    }
}
