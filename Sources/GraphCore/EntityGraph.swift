/// The relationship graph of a corpus: its reports, entities and relations.
///
/// A value type: building a graph from reports, filtering it to an ego network or decoding
/// it from JSON all produce new values, which can be handed between threads freely.
/// The graph knows nothing of text or of Graphviz; extraction fills it, renderers and
/// queries read it.
public struct EntityGraph: Sendable {
    /// The reports, by identifier.
    public private(set) var documents: [DocumentID: Document] = [:]
    /// The entities, by identifier.
    public private(set) var entities: [EntityID: Entity] = [:]
    /// The relations, by identifier.
    public private(set) var relations: [String: Relation] = [:]
    /// For each entity, the identifiers of the relations that touch it.
    private var incident: [EntityID: Set<String>] = [:]

    /// An empty graph.
    public init() {}

    /// Adds a report; a report with the same identifier is replaced.
    public mutating func add(_ document: Document) {
        documents[document.id] = document
    }

    /// Adds an entity, or merges it into the entity with the same identifier.
    ///
    /// - Complexity: O(m log m) where m is the entity's number of mentions.
    public mutating func add(_ entity: Entity) {
        if var existing = entities[entity.id] {
            existing.merge(entity)
            entities[entity.id] = existing
        } else {
            var entity = entity
            entity.mentions.sort()
            entities[entity.id] = entity
        }
    }

    /// Adds a relation, or adds its evidence to the relation with the same identifier.
    ///
    /// Both ends must already be in the graph; a relation to an unknown entity is a bug
    /// in the caller and is rejected with ``GraphError/unknownEntity(_:)``.
    public mutating func add(_ relation: Relation) throws {
        for end in [relation.source, relation.target] where entities[end] == nil {
            throw GraphError.unknownEntity(end)
        }
        let id = relation.id
        if var existing = relations[id] {
            existing.addEvidence(relation.evidence)
            relations[id] = existing
        } else {
            relations[id] = relation
            incident[relation.source, default: []].insert(id)
            incident[relation.target, default: []].insert(id)
        }
    }

    /// Adds everything one report contributed: the report, its entities and relations.
    public mutating func add(_ facts: ReportFacts) throws {
        add(facts.document)
        for entity in facts.entities { add(entity) }
        for relation in facts.relations { try add(relation) }
    }

    /// The graph of many reports' facts at once.
    ///
    /// Equivalent to adding each ``ReportFacts`` in turn, but each entity's mentions and
    /// each relation's evidence are gathered first and sorted once, so a hub named in
    /// every report costs O(m log m) rather than O(m²).
    ///
    /// - Complexity: O(N log N) over all mentions and evidence.
    public init(merging facts: [ReportFacts]) {
        var entityParts: [EntityID: [Entity]] = [:]
        var relationParts: [String: [Relation]] = [:]
        for item in facts {
            add(item.document)
            for entity in item.entities { entityParts[entity.id, default: []].append(entity) }
            for relation in item.relations { relationParts[relation.id, default: []].append(relation) }
        }
        for (id, parts) in entityParts {
            var merged = parts[0]
            var aliases = Set(merged.aliases)
            var mentions = merged.mentions
            for part in parts.dropFirst() {
                aliases.formUnion(part.aliases)
                aliases.insert(part.name)
                mentions.append(contentsOf: part.mentions)
                if merged.category == nil { merged.category = part.category }
                if merged.trigger == nil { merged.trigger = part.trigger }
                if merged.date == nil { merged.date = part.date }
            }
            merged.addAliases(aliases)
            mentions.sort()
            merged.mentions = mentions
            entities[id] = merged
        }
        // Each entity's relations are listed first and made a set once, at its final size:
        // inserting one by one rehashed a hub's set (thousands of long identifiers) each
        // time it grew.
        var ends: [EntityID: [String]] = [:]
        for (id, parts) in relationParts {
            guard entities[parts[0].source] != nil, entities[parts[0].target] != nil else { continue }
            var merged = parts[0]
            if parts.count > 1 { merged.addEvidence(parts.dropFirst().flatMap(\.evidence)) }
            relations[id] = merged
            ends[merged.source, default: []].append(id)
            ends[merged.target, default: []].append(id)
        }
        incident = ends.mapValues { Set($0) }
    }

    /// The relations that touch `entity`, sorted by identifier.
    ///
    /// - Complexity: O(d log d) where d is the entity's degree.
    public func relations(of entity: EntityID) -> [Relation] {
        (incident[entity] ?? []).sorted().compactMap { relations[$0] }
    }

    /// The number of relations that touch `entity`.
    public func degree(of entity: EntityID) -> Int {
        incident[entity]?.count ?? 0
    }

    /// The reports in identifier order.
    public var sortedDocuments: [Document] {
        documents.values.sorted { $0.id < $1.id }
    }

    /// The entities in identifier order.
    public var sortedEntities: [Entity] {
        entities.values.sorted { $0.id < $1.id }
    }

    /// The relations in identifier order.
    public var sortedRelations: [Relation] {
        relations.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The part of the graph made of `keep` and the relations among them, with the reports
    /// they are mentioned in.
    ///
    /// - Complexity: O(V + E).
    public func subgraph(keeping keep: Set<EntityID>) -> EntityGraph {
        subgraph(keeping: keep, relations: nil)
    }

    /// The part of the graph made of `keep` and, among the relations between them, only
    /// those in `relations` (all of them when nil): a path's chain without the side links.
    ///
    /// - Complexity: O(V + E).
    public func subgraph(keeping keep: Set<EntityID>, relations chosen: Set<String>?) -> EntityGraph {
        var result = EntityGraph()
        for id in keep.sorted() {
            guard let entity = entities[id] else { continue }
            result.add(entity)
            for document in entity.documents {
                if let doc = documents[document] { result.add(doc) }
            }
        }
        for relation in sortedRelations where keep.contains(relation.source) && keep.contains(relation.target) && chosen?.contains(relation.id) != false {
            // Both ends were added just above.
            try? result.add(relation)
        }
        return result
    }

    /// The part of the graph one report supports: its entities (with only that report's
    /// mentions) and the relations with evidence from it (with only that evidence).
    ///
    /// - Complexity: O(V + E + M) over entities, relations and mentions.
    public func subgraph(document: DocumentID) -> EntityGraph {
        var result = EntityGraph()
        if let doc = documents[document] { result.add(doc) }
        for entity in sortedEntities {
            let mentions = entity.mentions.filter { $0.document == document }
            guard !mentions.isEmpty else { continue }
            var local = entity
            local.mentions = mentions
            result.add(local)
        }
        for relation in sortedRelations {
            let evidence = relation.evidence.filter { $0.document == document }
            guard !evidence.isEmpty,
                result.entities[relation.source] != nil, result.entities[relation.target] != nil
            else { continue }
            try? result.add(Relation(source: relation.source, target: relation.target, kind: relation.kind, evidence: evidence))
        }
        return result
    }
}
