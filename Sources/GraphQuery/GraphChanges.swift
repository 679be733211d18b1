import GraphCore

/// What a graph gained between two moments: the entities and relations that appeared, and
/// those that grew (named in more reports, or supported by more sentences).
///
/// Both graphs are compared by identifier, so they must be built the same way (the same
/// extraction and the same curation); `linkchart diff` builds the earlier one from the
/// reports the store held then and the later one from all of them.
public struct GraphChanges: Sendable {
    /// An entity present before and after, with more reports or mentions after.
    public struct GrownEntity: Sendable {
        public var entity: Entity
        public var reportsBefore: Int
        public var mentionsBefore: Int
    }

    /// A relation present before and after, with more reports or sentences after.
    public struct GrownRelation: Sendable {
        public var relation: Relation
        public var weightBefore: Int
        public var reportsBefore: Int
    }

    /// Entities only the later graph has, in identifier order.
    public var newEntities: [Entity] = []
    /// Entities that grew, in identifier order.
    public var grownEntities: [GrownEntity] = []
    /// Relations only the later graph has, in identifier order.
    public var newRelations: [Relation] = []
    /// Relations that grew, in identifier order.
    public var grownRelations: [GrownRelation] = []

    /// Whether nothing appeared or grew.
    public var isEmpty: Bool {
        newEntities.isEmpty && grownEntities.isEmpty && newRelations.isEmpty && grownRelations.isEmpty
    }

    /// What `after` gained over `before`; with `around`, only the relations that touch that
    /// entity, the entities at their other ends, and the entity itself.
    ///
    /// - Complexity: O(V log V + E log E) over the later graph.
    public init(from before: EntityGraph, to after: EntityGraph, around: EntityID? = nil) {
        let relations = around.map { after.relations(of: $0) } ?? after.sortedRelations
        let ids: [EntityID]
        if let around {
            ids = Set([around] + relations.map { $0.otherEnd(from: around) }).sorted()
        } else {
            ids = after.entities.keys.sorted()
        }
        for id in ids {
            guard let entity = after.entities[id] else { continue }
            guard let old = before.entities[id] else {
                newEntities.append(entity)
                continue
            }
            let reports = old.documents.count
            if entity.documents.count > reports || entity.mentions.count > old.mentions.count {
                grownEntities.append(GrownEntity(entity: entity, reportsBefore: reports, mentionsBefore: old.mentions.count))
            }
        }
        for relation in relations {
            guard let old = before.relations[relation.id] else {
                newRelations.append(relation)
                continue
            }
            let reports = old.documents.count
            if relation.weight > old.weight || relation.documents.count > reports {
                grownRelations.append(GrownRelation(relation: relation, weightBefore: old.weight, reportsBefore: reports))
            }
        }
    }
}
