import GraphCore

/// A read-only, integer-numbered view of an ``EntityGraph`` that every query runs on.
///
/// The graph model keys entities and relations by string identifiers in dictionaries. That
/// suits building and merging, but a walk over it hashes a string at every step: a shortest
/// path across 100,000 entities would hash millions. The index numbers the entities once, in
/// identifier order, and keeps each entity's links in one flat array, strongest first. A walk
/// then touches only integers, comparing two entity numbers compares their identifiers, and
/// "strongest first" costs nothing at query time.
///
/// Build it once per graph and ask it as many questions as needed. It is a value and
/// `Sendable`, like the graph it wraps.
///
/// - Complexity: building is O(V log V + E log d + A) for V entities, E relations, largest
///   degree d and A names and aliases.
public struct GraphIndex: Sendable {
    /// The graph the index was built from, for its reports and anything not indexed.
    public let graph: EntityGraph
    /// The entities in identifier order; an entity's position here is its number.
    public let entities: [Entity]
    /// Entity numbers by identifier.
    let numbers: [EntityID: Int]
    /// The relations, in no particular order; links refer to them by position.
    let relations: [Relation]
    /// The relation kinds present, numbered, so that a kind filter is an array look-up.
    let kinds: [RelationKind]
    /// `links[linkStart[n]..<linkStart[n + 1]]` are entity `n`'s links, strongest first.
    let linkStart: [Int]
    let links: [Link]
    /// Entity numbers by the ``NameKey`` of their canonical name, and of their aliases.
    let canonicalNames: [NameKey: [Int]]
    let aliasNames: [NameKey: [Int]]

    /// One end's view of a relation: the entity at the other end and what links them.
    struct Link: Sendable {
        /// The number of the entity at the other end.
        var other: Int
        /// The position of the relation in ``GraphIndex/relations``.
        var relation: Int
        /// The number of the relation's kind in ``GraphIndex/kinds``.
        var kind: Int
        /// The relation's weight: how many sentences support it.
        var weight: Int
        /// Whether the relation is typed rather than a co-mention.
        var typed: Bool
        /// Whether this end is the relation's source.
        var outgoing: Bool
    }

    /// Indexes `graph`.
    public init(_ graph: EntityGraph) {
        self.graph = graph
        let ids = graph.entities.keys.sorted()
        entities = ids.map { graph.entities[$0]! }  // every key has its entity
        var numbers: [EntityID: Int] = [:]
        numbers.reserveCapacity(ids.count)
        for (number, id) in ids.enumerated() { numbers[id] = number }
        self.numbers = numbers

        relations = Array(graph.relations.values)
        var kindNumbers: [RelationKind: Int] = [:]
        var degree = [Int](repeating: 0, count: ids.count + 1)
        var ends: [(source: Int, target: Int, kind: Int)] = []
        ends.reserveCapacity(relations.count)
        for relation in relations {
            let kind = kindNumbers[relation.kind] ?? {
                let next = kindNumbers.count
                kindNumbers[relation.kind] = next
                return next
            }()
            // add(_:) guarantees both ends exist.
            let source = numbers[relation.source]!, target = numbers[relation.target]!
            ends.append((source, target, kind))
            degree[source] += 1
            degree[target] += 1
        }
        var kinds = [RelationKind](repeating: .coMentioned, count: kindNumbers.count)
        for (kind, number) in kindNumbers { kinds[number] = kind }
        self.kinds = kinds

        var start = [Int](repeating: 0, count: ids.count + 1)
        for n in 0..<ids.count { start[n + 1] = start[n] + degree[n] }
        var fill = start
        var links = [Link](repeating: Link(other: 0, relation: 0, kind: 0, weight: 0, typed: false, outgoing: false), count: start[ids.count])
        for (position, end) in ends.enumerated() {
            let relation = relations[position]
            let typed = relation.kind.isTyped, weight = relation.weight
            links[fill[end.source]] = Link(other: end.target, relation: position, kind: end.kind, weight: weight, typed: typed, outgoing: true)
            fill[end.source] += 1
            links[fill[end.target]] = Link(other: end.source, relation: position, kind: end.kind, weight: weight, typed: typed, outgoing: false)
            fill[end.target] += 1
        }
        for n in 0..<ids.count where start[n + 1] - start[n] > 1 {
            links[start[n]..<start[n + 1]].sort { a, b in
                if a.typed != b.typed { return a.typed }
                if a.weight != b.weight { return a.weight > b.weight }
                if a.other != b.other { return a.other < b.other }
                if a.kind != b.kind { return kinds[a.kind] < kinds[b.kind] }
                return a.outgoing && !b.outgoing
            }
        }
        self.linkStart = start
        self.links = links

        var canonical: [NameKey: [Int]] = [:]
        var alias: [NameKey: [Int]] = [:]
        for (number, entity) in entities.enumerated() {
            canonical[NameKey(entity.name), default: []].append(number)
            for form in entity.aliases { alias[NameKey(form), default: []].append(number) }
        }
        canonicalNames = canonical
        aliasNames = alias
    }

    /// The entity with identifier `id`, if the graph holds it.
    public func entity(_ id: EntityID) -> Entity? {
        numbers[id].map { entities[$0] }
    }

    /// The number of distinct entities linked to `id` by any relation.
    ///
    /// - Complexity: O(d) in the entity's degree.
    public func neighborCount(of id: EntityID) -> Int {
        guard let number = numbers[id] else { return 0 }
        return Set(linkRange(number).map { links[$0].other }).count
    }

    /// The relations linking `a` and `b` directly, strongest first.
    ///
    /// - Complexity: O(min(d_a, d_b)): only the end with fewer links is scanned.
    public func relations(between a: EntityID, and b: EntityID) -> [Relation] {
        guard let x = numbers[a], let y = numbers[b], x != y else { return [] }
        let (scanned, other) = linkRange(x).count <= linkRange(y).count ? (x, y) : (y, x)
        return relations(from: scanned, to: other)
    }

    /// Positions in ``links`` of entity `number`'s links.
    func linkRange(_ number: Int) -> Range<Int> {
        linkStart[number]..<linkStart[number + 1]
    }

    /// For each relation kind number, whether a filter lets it through (`nil`: every kind).
    func allowedKinds(_ filter: Set<RelationKind>?) -> [Bool] {
        kinds.map { filter?.contains($0) ?? true }
    }

    /// The relations of `number`'s links to `other`, strongest first.
    func relations(from number: Int, to other: Int) -> [Relation] {
        linkRange(number).filter { links[$0].other == other }.map { relations[links[$0].relation] }
    }
}
