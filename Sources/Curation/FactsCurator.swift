import Dispatch
import Foundation
import GraphCore
import Synchronization

/// Applies analysts' decisions to the facts extraction found, one report at a time.
///
/// Curation works on each report's ``ReportFacts`` before the reports are merged into a
/// graph, so it gives the same answer whether the facts were just extracted or read back
/// from the store, and a report read again is curated again. Decisions are applied in the
/// order they were made, each to what the earlier ones left, and a decision that names
/// nothing in a report leaves that report alone.
///
/// What each decision does to a report:
/// - `merge B into A`: entity B becomes A (A's identifier, name and kind); B's name and
///   aliases become aliases of A; B's relations become A's, a relation between B and A is
///   dropped, and two relations that now coincide become one with the evidence of both.
/// - `split NAME --report R`: only in R, the entity becomes `NAME (R)`, a new entity of the
///   same kind with no aliases, taking that report's mentions and relations with it.
/// - `alias NAME ALIAS`: an entity whose name is ALIAS (compared as ``NameKey``s) is merged
///   into NAME, and NAME gets ALIAS as an alias wherever it is named.
/// - `reject NAME`: the entity is dropped with every relation that touches it.
/// - `retype NAME TYPE`: the entity gets the kind TYPE and the identifier that kind and its
///   name give; category, trigger and date (which belong to the old kind) are cleared. If an
///   entity with that identifier is already there, the two become one.
public struct FactsCurator: Sendable {
    /// The decisions, in the order they apply.
    public let decisions: [CurationDecision]
    /// Every identifier a decision names: a report naming none of them, and no entity
    /// called by an alias, is left as it is without looking further.
    private let named: Set<EntityID>
    /// The aliases of `alias` decisions, as name keys.
    private let aliasKeys: Set<NameKey>

    public init(_ decisions: [CurationDecision]) {
        self.decisions = decisions
        var named: Set<EntityID> = []
        var aliasKeys: Set<NameKey> = []
        for decision in decisions {
            named.insert(decision.action.entity.id)
            if case .merge(_, let into) = decision.action { named.insert(into.id) }
            if case .alias(_, let alias) = decision.action { aliasKeys.insert(NameKey(alias)) }
        }
        self.named = named
        self.aliasKeys = aliasKeys
    }

    /// Whether there is nothing to apply.
    public var isEmpty: Bool { decisions.isEmpty }

    /// One report's facts with every decision applied.
    ///
    /// - Complexity: O(n) for a report of n entities that no decision names; O(D + k·n)
    ///   for D decisions, k of which touch the report.
    public func apply(_ facts: ReportFacts) -> ReportFacts {
        var names = NameKeys()
        return apply(facts, names: &names)
    }

    /// Every report's facts with every decision applied, in the same order.
    ///
    /// Reports are curated independently, so the work is spread over every core, in
    /// runs of consecutive reports; within a run each distinct name's key is computed once.
    ///
    /// - Complexity: O(N) over the entities of reports that no decision touches.
    public func apply(_ facts: [ReportFacts]) -> [ReportFacts] {
        guard !decisions.isEmpty, !facts.isEmpty else { return facts }
        let runs = min(facts.count, 4 * ProcessInfo.processInfo.activeProcessorCount)
        let size = (facts.count + runs - 1) / runs
        let results = Mutex<[[ReportFacts]]>(Array(repeating: [], count: runs))
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            var names = NameKeys()
            let curated = facts[min(run * size, facts.count)..<min((run + 1) * size, facts.count)].map { apply($0, names: &names) }
            results.withLock { $0[run] = curated }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    /// The graph of `facts` after curation: ``apply(_:)-(ReportFacts)`` on each, then merged.
    public func graph(merging facts: [ReportFacts]) -> EntityGraph {
        EntityGraph(merging: apply(facts))
    }

    private func apply(_ facts: ReportFacts, names: inout NameKeys) -> ReportFacts {
        guard !decisions.isEmpty else { return facts }
        let touched = facts.entities.contains { entity in
            named.contains(entity.id) || (!aliasKeys.isEmpty && aliasKeys.contains(names.key(entity.name)))
        }
        guard touched else { return facts }
        var work = WorkingFacts(facts)
        for decision in decisions {
            switch decision.action {
            case .merge(let entity, let into):
                guard let kind = into.kind else { continue }
                work.move(entity.id, to: into.id, name: into.name, kind: kind, keepNames: true)
            case .split(let entity, let report):
                guard report == facts.document.id, let kind = entity.kind ?? work.kind(of: entity.id) else { continue }
                let name = CurationAction.splitName(entity.name, report: report)
                work.move(entity.id, to: EntityID(kind: kind, name: name), name: name, kind: kind, keepNames: false)
            case .alias(let entity, let alias):
                guard let kind = entity.kind else { continue }
                let key = names.key(alias)
                for other in work.entities where other.id != entity.id && names.key(other.name) == key {
                    work.move(other.id, to: entity.id, name: entity.name, kind: kind, keepNames: true)
                }
                work.addAlias(alias, to: entity.id)
            case .reject(let entity):
                work.drop(entity.id)
            case .retype(let entity, let kind):
                work.move(entity.id, to: EntityID(kind: kind, name: entity.name), name: entity.name, kind: kind, keepNames: true)
            }
        }
        return work.facts(of: facts.document)
    }
}

/// Name keys already computed: corpora name the same entities in report after report.
private struct NameKeys {
    private var keys: [String: NameKey] = [:]

    mutating func key(_ name: String) -> NameKey {
        if let key = keys[name] { return key }
        let key = NameKey(name)
        keys[name] = key
        return key
    }
}

/// One report's facts while decisions are applied to them.
private struct WorkingFacts {
    var entities: [Entity]
    var relations: [Relation]
    private var position: [EntityID: Int] = [:]

    init(_ facts: ReportFacts) {
        entities = facts.entities
        relations = facts.relations
        reindex()
    }

    func facts(of document: Document) -> ReportFacts {
        ReportFacts(document: document, entities: entities, relations: relations)
    }

    func kind(of id: EntityID) -> EntityKind? {
        position[id].map { entities[$0].kind }
    }

    /// Turns entity `old` into entity `id` (named `name`, of `kind`), merging it with the
    /// entity `id` if the report has one, and moves its relations with it.
    ///
    /// With `keepNames`, the old name and aliases become aliases of the result; without (a
    /// split), the new entity has only its new name.
    mutating func move(_ old: EntityID, to id: EntityID, name: String, kind: EntityKind, keepNames: Bool) {
        guard let index = position[old] else { return }
        let source = entities[index]
        if old == id && source.name == name && source.kind == kind { return }
        let sameKind = source.kind == kind
        let moved = Entity(
            id: id, name: name, kind: kind, aliases: keepNames ? source.aliases + [source.name] : [],
            mentions: source.mentions, category: sameKind ? source.category : nil,
            trigger: sameKind ? source.trigger : nil, date: sameKind ? source.date : nil,
            // A role node renamed by a decision is named now; only a plain move keeps the flag.
            isRole: sameKind && old == id && name == source.name ? source.isRole : false)
        if old != id, let existing = position[id] {
            entities[existing].merge(moved)
            entities.remove(at: index)
            reindex()
        } else {
            entities[index] = moved
            if old != id { position[old] = nil; position[id] = index }
        }
        guard old != id else { return }
        var touched = false
        var kept: [Relation] = []
        kept.reserveCapacity(relations.count)
        for relation in relations {
            guard relation.source == old || relation.target == old else {
                kept.append(relation)
                continue
            }
            touched = true
            let source = relation.source == old ? id : relation.source
            let target = relation.target == old ? id : relation.target
            if source == target { continue }  // B's link to A, once B is A
            kept.append(Relation(source: source, target: target, kind: relation.kind, evidence: relation.evidence))
        }
        relations = touched ? Self.combined(kept) : kept
    }

    /// Drops an entity and every relation that touches it.
    mutating func drop(_ id: EntityID) {
        guard let index = position[id] else { return }
        entities.remove(at: index)
        reindex()
        relations.removeAll { $0.source == id || $0.target == id }
    }

    /// Adds `alias` to the aliases of `id`, if the report names it.
    mutating func addAlias(_ alias: String, to id: EntityID) {
        guard let index = position[id] else { return }
        entities[index].addAliases([alias])
    }

    private mutating func reindex() {
        position = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($0.element.id, $0.offset) })
    }

    /// Relations that came to have the same identifier made into one, keeping the first's place.
    private static func combined(_ relations: [Relation]) -> [Relation] {
        var result: [Relation] = []
        var at: [String: Int] = [:]
        for relation in relations {
            if let index = at[relation.id] {
                result[index].addEvidence(relation.evidence)
            } else {
                at[relation.id] = result.count
                result.append(relation)
            }
        }
        return result
    }
}
