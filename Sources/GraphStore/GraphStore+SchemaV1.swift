import Foundation
import GRDB
import GraphCore

extension GraphStore {
    /// Reads every report's facts from the tables of schema v1 (a row per entity fact,
    /// mention, sentence and evidence), for the migration that turns them into one row per
    /// report, in `documents` row order: (row id, facts).
    ///
    /// Aliases, mentions and evidence are gathered per (report, entity) and (report,
    /// relation) first, then the facts are assembled in report order.
    static func v1Facts(in db: Database) throws -> [(row: Int64, facts: ReportFacts)] {
        let document: Int64? = nil
        /// The clause that keeps only `document`'s rows, on the column named.
        func only(_ column: String) -> String { document == nil ? "" : " WHERE \(column) = ?" }
        let arguments: StatementArguments = document.map { [$0] } ?? []
        struct Key: Hashable { var document: Int64; var item: Int64 }

        var order: [Int64] = []
        var documents: [Int64: Document] = [:]
        let documentRows = try Row.fetchCursor(
            db, sql: "SELECT id, document_id, path, title, date, source FROM documents\(only("id")) ORDER BY path, document_id",
            arguments: arguments)
        while let row = try documentRows.next() {
            let id: Int64 = row[0]
            order.append(id)
            documents[id] = Document(id: DocumentID(rawValue: row[1]), path: row[2], title: row[3], date: row[4], source: row[5])
        }

        var aliases: [Int64: [String]] = [:]
        let aliasRows = try Row.fetchCursor(
            db, sql: """
                SELECT list, alias FROM aliases\(document == nil ? "" : " WHERE list IN (SELECT aliases FROM entity_facts WHERE document = ?)")
                """,
            arguments: arguments)
        while let row = try aliasRows.next() {
            aliases[row[0], default: []].append(row[1])
        }
        var mentions: [Key: [Mention]] = [:]
        let mentionRows = try Row.fetchCursor(
            db, sql: "SELECT m.document, m.entity, d.document_id, m.sentence, m.start, m.\"end\", m.text FROM mentions m JOIN documents d ON d.id = m.document\(only("m.document"))",
            arguments: arguments)
        while let row = try mentionRows.next() {
            let mention = Mention(document: DocumentID(rawValue: row[2]), sentence: row[3], start: row[4], end: row[5], text: row[6])
            mentions[Key(document: row[0], item: row[1]), default: []].append(mention)
        }
        var entities: [Int64: [Entity]] = [:]
        let entityRows = try Row.fetchCursor(
            db, sql: """
                SELECT f.document, f.entity, e.entity_id, e.kind, f.name, f.category, f.trigger, f.date, f.aliases
                FROM entity_facts f JOIN entities e ON e.id = f.entity\(only("f.document"))
                ORDER BY f.document, f.position
                """,
            arguments: arguments)
        while let row = try entityRows.next() {
            let key = Key(document: row[0], item: row[1])
            let kindName: String = row[3]
            guard let kind = EntityKind(rawValue: kindName) else { continue }
            entities[key.document, default: []].append(Entity(
                id: EntityID(rawValue: row[2]), name: row[4], kind: kind, aliases: (row[8] as Int64?).flatMap { aliases[$0] } ?? [],
                mentions: (mentions[key] ?? []).sorted(), category: row[5], trigger: row[6], date: row[7]))
        }

        var evidence: [Key: [Evidence]] = [:]
        let evidenceRows = try Row.fetchCursor(
            db, sql: """
                SELECT v.document, v.relation, d.document_id, v.sentence, s.text
                FROM evidence v JOIN sentences s ON s.document = v.document AND s.sentence = v.sentence
                JOIN documents d ON d.id = v.document\(only("v.document"))
                ORDER BY v.document, v.relation, v.sentence
                """,
            arguments: arguments)
        while let row = try evidenceRows.next() {
            evidence[Key(document: row[0], item: row[1]), default: []]
                .append(Evidence(document: DocumentID(rawValue: row[2]), sentence: row[3], text: row[4]))
        }
        var relations: [Int64: [Relation]] = [:]
        let relationRows = try Row.fetchCursor(
            db, sql: """
                SELECT r.id, r.kind, s.entity_id, t.entity_id FROM relations r
                JOIN entities s ON s.id = r.source JOIN entities t ON t.id = r.target
                \(document == nil ? "" : "WHERE r.id IN (SELECT relation FROM evidence WHERE document = ?)")
                """,
            arguments: arguments)
        var relationByRow: [Int64: (kind: RelationKind, source: EntityID, target: EntityID)] = [:]
        while let row = try relationRows.next() {
            relationByRow[row[0]] = (RelationKind(rawValue: row[1]), EntityID(rawValue: row[2]), EntityID(rawValue: row[3]))
        }
        for (key, items) in evidence.sorted(by: { ($0.key.document, $0.key.item) < ($1.key.document, $1.key.item) }) {
            guard let relation = relationByRow[key.item] else { continue }
            relations[key.document, default: []].append(
                Relation(source: relation.source, target: relation.target, kind: relation.kind, evidence: items))
        }

        return order.compactMap { id in
            documents[id].map { (id, ReportFacts(document: $0, entities: entities[id] ?? [], relations: relations[id] ?? [])) }
        }
    }
}
