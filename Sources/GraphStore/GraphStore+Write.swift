import Foundation
import GRDB
import GraphCore

extension GraphStore {
    /// Puts one report's facts in the store, replacing whatever the report had before, in
    /// one transaction.
    ///
    /// Entities and relations that only this report supported and that its new facts no
    /// longer name are removed with its old facts.
    ///
    /// - Complexity: O(m log n) for m facts in a store of n rows.
    public func replace(_ facts: ReportFacts, file: String, hash: ContentHash, at time: Date = Date()) throws {
        try perform("writing \(facts.document.id)") {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let orphans = try deleteReport(facts.document.id, in: db)
                    try insert(facts, file: file, hash: hash, time: time, in: db)
                    try deleteOrphans(orphans, in: db)
                    return .commit
                }
            }
        }
    }

    /// Removes reports and everything only they supported, one transaction per report.
    public func remove(_ ids: [DocumentID]) throws {
        for id in ids {
            try perform("removing \(id)") {
                try writer.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        try deleteOrphans(try deleteReport(id, in: db), in: db)
                        return .commit
                    }
                }
            }
        }
    }

    /// Notes that `root` (an absolute path) was ingested, so that commands reading that
    /// corpus know the store holds it.
    public func addCorpus(_ root: String) throws {
        try perform("recording the corpus \(root)") {
            try writer.write { db in
                try db.execute(sql: "INSERT INTO corpora(root) VALUES (?) ON CONFLICT(root) DO NOTHING", arguments: [root])
            }
        }
    }

    /// Records an ingest that changed the store, for `stats`.
    public func recordIngest(added: Int, changed: Int, pruned: Int, at time: Date = Date()) throws {
        try perform("recording the ingest") {
            try writer.write { db in
                try db.execute(
                    sql: "INSERT INTO ingests(finished_at, added, changed, pruned) VALUES (?, ?, ?, ?)",
                    arguments: [time.timeIntervalSince1970, added, changed, pruned])
            }
        }
    }

    /// Deletes a report's rows; returns the entities and relations they touched, which may
    /// now be supported by no report.
    private func deleteReport(_ id: DocumentID, in db: Database) throws -> (entities: [Int64], relations: [Int64]) {
        guard let row = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE document_id = ?", arguments: [id.rawValue]) else {
            return ([], [])
        }
        let entities = try Int64.fetchAll(db, sql: "SELECT entity FROM entity_facts WHERE document = ?", arguments: [row])
        let relations = try Int64.fetchAll(db, sql: "SELECT DISTINCT relation FROM evidence WHERE document = ?", arguments: [row])
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [row])
        return (entities, relations)
    }

    /// Removes those of `candidates` that no report supports any more.
    private func deleteOrphans(_ candidates: (entities: [Int64], relations: [Int64]), in db: Database) throws {
        let relation = try db.cachedStatement(sql: """
            DELETE FROM relations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation = relations.id)
            """)
        for id in candidates.relations { try relation.execute(arguments: [id]) }
        let entity = try db.cachedStatement(sql: """
            DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entity_facts WHERE entity = entities.id)
            """)
        for id in candidates.entities { try entity.execute(arguments: [id]) }
    }

    private func insert(_ facts: ReportFacts, file: String, hash: ContentHash, time: Date, in db: Database) throws {
        let document = facts.document
        try db.execute(
            sql: """
                INSERT INTO documents(document_id, path, file, title, date, source, content_hash, size, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [document.id.rawValue, document.path, file, document.title, document.date, document.source,
                        Int64(bitPattern: hash.value), hash.size, time.timeIntervalSince1970])
        let documentRow = db.lastInsertedRowID
        let entityRow = try db.cachedStatement(sql: """
            INSERT INTO entities(entity_id, kind) VALUES (?, ?)
            ON CONFLICT(entity_id) DO UPDATE SET kind = excluded.kind RETURNING id
            """)
        let entityFact = try db.cachedStatement(sql: """
            INSERT INTO entity_facts(document, entity, position, name, category, trigger, date) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let alias = try db.cachedStatement(sql: "INSERT INTO aliases(document, entity, alias) VALUES (?, ?, ?)")
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mentions(document, entity, sentence, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var rows: [EntityID: Int64] = [:]
        for (position, entity) in facts.entities.enumerated() {
            guard let row = try Int64.fetchOne(entityRow, arguments: [entity.id.rawValue, entity.kind.rawValue]) else {
                throw StoreError.failed(path: path, operation: "adding \(entity.id)", reason: "no row id returned")
            }
            rows[entity.id] = row
            try entityFact.execute(arguments: [documentRow, row, position, entity.name, entity.category, entity.trigger, entity.date])
            for form in entity.aliases { try alias.execute(arguments: [documentRow, row, form]) }
            for item in entity.mentions {
                try mention.execute(arguments: [documentRow, row, item.sentence, item.start, item.end, item.text])
            }
        }
        let relationRow = try db.cachedStatement(sql: """
            INSERT INTO relations(relation_id, kind, source, target) VALUES (?, ?, ?, ?)
            ON CONFLICT(relation_id) DO UPDATE SET kind = excluded.kind RETURNING id
            """)
        let sentence = try db.cachedStatement(sql: """
            INSERT INTO sentences(document, sentence, text) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """)
        let evidence = try db.cachedStatement(sql: """
            INSERT INTO evidence(document, relation, sentence) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """)
        for relation in facts.relations {
            // Extraction only relates entities that the same report names.
            guard let source = rows[relation.source], let target = rows[relation.target] else { continue }
            guard let row = try Int64.fetchOne(relationRow, arguments: [relation.id, relation.kind.rawValue, source, target]) else {
                throw StoreError.failed(path: path, operation: "adding \(relation.id)", reason: "no row id returned")
            }
            for item in relation.evidence {
                try sentence.execute(arguments: [documentRow, item.sentence, item.text])
                try evidence.execute(arguments: [documentRow, row, item.sentence])
            }
        }
    }
}
