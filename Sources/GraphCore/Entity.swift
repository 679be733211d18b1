/// A person, place, agency or event, with every mention that names it.
///
/// An entity is a value: merging two reports' views of the same entity is done by
/// ``merge(_:)``, which keeps the first name, unions the aliases and appends the mentions.
public struct Entity: Sendable, Hashable, Identifiable {
    /// Derived from the kind and the canonical name; see ``EntityID``.
    public var id: EntityID
    /// The canonical name: the gazetteer's standard form, or the fullest form in the reports.
    public var name: String
    /// What the entity is.
    public var kind: EntityKind
    /// Other forms the entity goes by: acronyms, short forms, romanisation variants.
    /// Sorted, without duplicates, never containing ``name`` itself.
    public private(set) var aliases: [String]
    /// Every place in the corpus that names the entity, in report and offset order.
    public var mentions: [Mention]
    // The optional fields are spelled `Optional<…>`, not `…?`: a `var` written `T?` gets an
    // implicit `= nil` initial value, and with it the initializer below left a copy and a
    // destroy of the whole struct in every call (retaining and releasing each string), which
    // the optimizer removes when the fields have no initial value. Same type, same API.
    /// A finer class where one is known: `province`, `county`, `city`, `country`, `outlet`,
    /// `ministry`, `leader`; for events the event type (`fire`, `arrest`).
    public var category: Optional<String>
    /// For events: the word in the report that names the event (`fire`, `kidnapped`).
    public var trigger: Optional<String>
    /// For events: when it happened, as an ISO date (`2023-03-31`), or `--03-31` when the
    /// report gives no year and has no date of its own to take it from.
    public var date: Optional<String>
    /// Whether the entity is an unnamed actor of one report, known only by its role ("the
    /// director's son", "the kidnappers"): a person node that lets the graph say who did
    /// what to whom without inventing a name. Its name ends with its report's identifier, so
    /// it is never merged with anyone of another report, and its mentions are descriptions.
    public var isRole: Bool

    public init(
        id: EntityID, name: String, kind: EntityKind, aliases: [String] = [],
        mentions: [Mention] = [], category: String? = nil, trigger: String? = nil, date: String? = nil,
        isRole: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = []
        self.mentions = mentions
        self.category = category
        self.trigger = trigger
        self.date = date
        self.isRole = isRole
        if !aliases.isEmpty { addAliases(aliases) }
    }

    /// Adds forms to ``aliases``, skipping the name, duplicates and empty strings.
    public mutating func addAliases<S: Sequence>(_ forms: S) where S.Element == String {
        // Fast path: forms already sorted and unique (a gazetteer entry's) onto no aliases.
        if aliases.isEmpty, let array = forms as? [String],
            zip(array, array.dropFirst()).allSatisfy({ $0 < $1 }), !array.contains(name), array.first?.isEmpty != true
        {
            aliases = array
            return
        }
        // A few forms go straight into their places: `aliases` is sorted, without duplicates.
        if forms.underestimatedCount <= 16 {
            for form in forms where !form.isEmpty && form != name {
                var low = 0
                var high = aliases.count
                while low < high {
                    let middle = (low + high) / 2
                    if aliases[middle] < form { low = middle + 1 } else { high = middle }
                }
                if low == aliases.count || aliases[low] != form { aliases.insert(form, at: low) }
            }
            return
        }
        var set = Set(aliases)
        for form in forms where !form.isEmpty && form != name {
            set.insert(form)
        }
        aliases = set.sorted()
    }

    /// Folds another view of the same entity into this one.
    public mutating func merge(_ other: Entity) {
        precondition(other.id == id, "merging \(other.id) into \(id)")
        if other.name != name || !other.aliases.allSatisfy(Set(aliases).contains) {
            addAliases(other.aliases + [other.name])
        }
        // Reports usually arrive in order: sort only when the new mentions interleave.
        let inOrder = mentions.last.map { last in other.mentions.first.map { last < $0 } ?? true } ?? true
        mentions.append(contentsOf: other.mentions)
        if !inOrder || !other.mentions.isSorted { mentions.sort() }
        if category == nil { category = other.category }
        if trigger == nil { trigger = other.trigger }
        if date == nil { date = other.date }
    }

    /// The name and every alias.
    public var forms: [String] { [name] + aliases }

    /// The reports that mention the entity, sorted.
    public var documents: [DocumentID] {
        Array(Set(mentions.map(\.document))).sorted()
    }
}

extension Array where Element: Comparable {
    /// Whether the elements are in ascending order.
    public var isSorted: Bool {
        zip(self, dropFirst()).allSatisfy { $0 <= $1 }
    }
}
