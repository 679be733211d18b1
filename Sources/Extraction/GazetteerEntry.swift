import GraphCore

/// One known person, place or agency, as listed in a gazetteer resource file.
public struct GazetteerEntry: Sendable, Hashable {
    /// What the entry is.
    public var kind: EntityKind
    /// The standard English form, used as the entity's name everywhere.
    public var name: String
    /// Other forms: romanisation variants, short forms, former names and acronyms.
    public var aliases: [String]
    /// A finer class (`province`, `county`, `ministry`, `outlet`, `leader`...).
    public var category: String?
    /// For places, the canonical name of the place that contains it.
    public var parent: String?
    /// Where the entry was read from (`agencies.tsv:214`), for explanations.
    public var source: String?

    public init(kind: EntityKind, name: String, aliases: [String] = [], category: String? = nil, parent: String? = nil, source: String? = nil) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.category = category
        self.parent = parent
        self.source = source
    }

    /// The entity's identifier in the graph.
    public var id: EntityID { EntityID(kind: kind, name: name) }

    /// Whether a form is an acronym: one word of two or more capitals (digits allowed).
    static func isAcronym(_ form: String) -> Bool {
        var letters = 0
        for scalar in form.unicodeScalars {
            if scalar.properties.isUppercase { letters += 1 } else if !("0"..."9").contains(scalar) { return false }
        }
        return letters >= 2
    }
}
