import ArgumentParser
import Curation
import Foundation
import GraphCore
import QueryAnswers
import GraphQuery
import GraphStore

extension LinkChart {
    /// Shows what the graph gained since an ingest or a date.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Show the entities and relations that appeared or grew since an ingest or a date.",
            discussion: """
                --since N compares with the graph as ingest N left it (`linkchart ingests` lists \
                them); --since 2026-10-01 (or a full ISO 8601 time) with the graph as it was at \
                that moment, UTC. The earlier graph is made of the reports the store held then \
                whose facts have not been rewritten since: a report changed after that moment \
                counts as new, all of it, since the store keeps only each report's current \
                version. Both graphs are curated with today's decisions. Needs the store \
                (`linkchart ingest`). Exit 2 when N is no ingest or NAME names no entity.
                """)

        @Option(help: ArgumentHelp("An ingest number, or a date like 2026-10-01.", valueName: "ingest|date"))
        var since: String

        @Option(help: ArgumentHelp("Only the relations of this entity, and the entities at their other ends.", valueName: "name"))
        var around: String?

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            guard let store = try CorpusLoader.store(for: corpus.corpus, db: corpus.store.db) else {
                throw CLIError.noStore(GraphStore.defaultPath(forCorpus: corpus.corpus))
            }
            let moment = try Moment(since, in: store)
            let times = try store.reportWriteTimes()
            let facts = try CorpusLoader.curation(for: corpus.corpus).curator.apply(try store.facts())
            let earlier = facts.filter { times[$0.document.id].map(moment.isBefore) ?? true }
            let before = EntityGraph(merging: earlier)
            let after = EntityGraph(merging: facts)
            let center = try around.map { try GraphIndex(after).resolve($0) }
            let changes = GraphChanges(from: before, to: after, around: center?.id)
            let written = Set(facts.map(\.document.id)).subtracting(earlier.map(\.document.id)).sorted()
            let answer = DiffAnswer(moment: moment, around: center, reports: written, changes: changes, before: before, after: after)
            if output.json {
                try JSONOutput.print(answer)
            } else {
                print(Self.text(answer, changes: changes, graph: after))
            }
        }

        static func text(_ answer: DiffAnswer, changes: GraphChanges, graph: EntityGraph) -> String {
            var lines: [String] = []
            let around = answer.around.map { " around \($0.name) (\($0.type))" } ?? ""
            lines.append("since \(answer.since.label)\(around): \(answer.reports.count) report\(answer.reports.count == 1 ? "" : "s") added or changed")
            if changes.isEmpty {
                lines.append("nothing appeared or grew")
                return lines.joined(separator: "\n")
            }
            func name(_ id: EntityID) -> String { graph.entities[id]?.name ?? id.rawValue }
            /// `A —kind→ B` on one line.
            func label(_ relation: Relation) -> String {
                "\(name(relation.source)) \(RelationText.arrow(relation, from: relation.source)) \(name(relation.target))".singleLine
            }
            if !changes.newEntities.isEmpty {
                lines += ["", "new entities: \(changes.newEntities.count)"]
                var table = TextTable("NAME", "TYPE", "MENTIONS", "REPORTS")
                for entity in changes.newEntities {
                    table.add(entity.name.singleLine, entity.kind.rawValue, String(entity.mentions.count), entity.documents.map(\.rawValue).abbreviatedList())
                }
                lines.append(table.render())
            }
            if !changes.newRelations.isEmpty {
                lines += ["", "new relations: \(changes.newRelations.count)"]
                var table = TextTable("RELATION", "WEIGHT", "EVIDENCE")
                for relation in changes.newRelations {
                    let evidence = relation.evidence.first.map { "[\($0.document)] " + $0.text.truncated(to: 100) } ?? ""
                    table.add(label(relation), String(relation.weight), evidence)
                }
                lines.append(table.render())
            }
            if !changes.grownRelations.isEmpty {
                lines += ["", "grown relations: \(changes.grownRelations.count)"]
                var table = TextTable("RELATION", "WEIGHT", "REPORTS")
                for grown in changes.grownRelations {
                    let relation = grown.relation
                    table.add(label(relation), "\(grown.weightBefore) → \(relation.weight)", "\(grown.reportsBefore) → \(relation.documents.count)")
                }
                lines.append(table.render())
            }
            if !changes.grownEntities.isEmpty {
                lines += ["", "entities named more: \(changes.grownEntities.count)"]
                var table = TextTable("NAME", "TYPE", "MENTIONS", "REPORTS")
                for grown in changes.grownEntities {
                    table.add(grown.entity.name.singleLine, grown.entity.kind.rawValue, "\(grown.mentionsBefore) → \(grown.entity.mentions.count)",
                              "\(grown.reportsBefore) → \(grown.entity.documents.count)")
                }
                lines.append(table.render())
            }
            return lines.joined(separator: "\n")
        }
    }
}

/// The moment `diff --since` compares with: the end of an ingest, or a date.
struct Moment {
    /// An ingest's number, when given one.
    var ingest: Int?
    /// The date as given, when given one.
    var date: String?
    /// The moment itself.
    var time: Date

    /// `text` read as an ingest number (digits) or an ISO 8601 date or time.
    init(_ text: String, in store: GraphStore) throws {
        if let number = Int(text) {
            let records = try store.ingestRecords()
            guard let record = records.first(where: { $0.number == number }) else {
                throw CurationCommandError.noIngest(number, count: records.count)
            }
            ingest = number
            time = record.finished
            return
        }
        let full = ISO8601DateFormatter()
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        guard let time = full.date(from: text) ?? day.date(from: text) else { throw CurationCommandError.badSince(text) }
        date = text
        self.time = time
    }

    /// Whether a report written at `written` was in the store at this moment. Every report
    /// an ingest wrote was written before the ingest finished.
    func isBefore(_ written: Date) -> Bool {
        ingest == nil ? written < time : written <= time
    }

    var label: String {
        let time = ISO8601DateFormatter().string(from: time)
        if let ingest { return "ingest \(ingest) (\(time))" }
        return time
    }
}

/// The JSON answer of `diff`.
struct DiffAnswer: Encodable {
    struct Since: Encodable {
        var ingest: Int?
        var date: String?
        var time: String
        var label: String
    }

    struct EntityChange: Encodable {
        var id: String
        var name: String
        var type: String
        var mentionCount: Int
        var reportCount: Int
        var mentionCountBefore: Int?
        var reportCountBefore: Int?
        var reports: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, type, reports
            case mentionCount = "mention_count"
            case reportCount = "report_count"
            case mentionCountBefore = "mention_count_before"
            case reportCountBefore = "report_count_before"
        }
    }

    struct RelationChange: Encodable {
        var type: String
        var source: EntityReference
        var target: EntityReference
        var weight: Int
        var reportCount: Int
        var weightBefore: Int?
        var reportCountBefore: Int?
        /// The sentences that support the relation and did not before.
        var newEvidence: [EvidenceSummary]

        enum CodingKeys: String, CodingKey {
            case type, source, target, weight
            case reportCount = "report_count"
            case weightBefore = "weight_before"
            case reportCountBefore = "report_count_before"
            case newEvidence = "new_evidence"
        }
    }

    var since: Since
    var around: EntityReference?
    /// Reports added or changed since then.
    var reports: [String]
    var newEntities: [EntityChange]
    var grownEntities: [EntityChange]
    var newRelations: [RelationChange]
    var grownRelations: [RelationChange]

    enum CodingKeys: String, CodingKey {
        case since, around, reports
        case newEntities = "new_entities"
        case grownEntities = "grown_entities"
        case newRelations = "new_relations"
        case grownRelations = "grown_relations"
    }

    init(moment: Moment, around: Entity?, reports: [DocumentID], changes: GraphChanges, before: EntityGraph, after: EntityGraph) {
        since = Since(ingest: moment.ingest, date: moment.date, time: ISO8601DateFormatter().string(from: moment.time), label: moment.label)
        self.around = around.map(EntityReference.init)
        self.reports = reports.map(\.rawValue)
        func entity(_ entity: Entity, before old: Entity?) -> EntityChange {
            EntityChange(id: entity.id.rawValue, name: entity.name, type: entity.kind.rawValue, mentionCount: entity.mentions.count,
                         reportCount: entity.documents.count, mentionCountBefore: old?.mentions.count,
                         reportCountBefore: old?.documents.count, reports: entity.documents.map(\.rawValue))
        }
        func relation(_ relation: Relation, before old: Relation?) -> RelationChange? {
            guard let source = after.entities[relation.source], let target = after.entities[relation.target] else { return nil }
            let known = Set((old?.evidence ?? []).map { "\($0.document.rawValue)\u{0}\($0.sentence)" })
            return RelationChange(
                type: relation.kind.rawValue, source: EntityReference(source), target: EntityReference(target), weight: relation.weight,
                reportCount: relation.documents.count, weightBefore: old?.weight, reportCountBefore: old?.documents.count,
                newEvidence: relation.evidence.filter { !known.contains("\($0.document.rawValue)\u{0}\($0.sentence)") }
                    .map { EvidenceSummary($0, in: after) })
        }
        newEntities = changes.newEntities.map { entity($0, before: nil) }
        grownEntities = changes.grownEntities.map { entity($0.entity, before: before.entities[$0.entity.id]) }
        newRelations = changes.newRelations.compactMap { relation($0, before: nil) }
        grownRelations = changes.grownRelations.compactMap { relation($0.relation, before: before.relations[$0.relation.id]) }
    }
}
