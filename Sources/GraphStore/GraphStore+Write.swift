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
    private func deleteReport(_ id: DocumentID, in db: Database) throws -> Orphans {
        guard let row = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE document_id = ?", arguments: [id.rawValue]) else {
            return Orphans()
        }
        let entities = try Int64.fetchAll(db, sql: "SELECT entity FROM entity_facts WHERE document = ?", arguments: [row])
        let relations = try Int64.fetchAll(db, sql: "SELECT DISTINCT relation FROM evidence WHERE document = ?", arguments: [row])
        let lists = try Int64.fetchAll(
            db, sql: "SELECT DISTINCT aliases FROM entity_facts WHERE document = ? AND aliases IS NOT NULL", arguments: [row])
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [row])
        return Orphans(entities: entities, relations: relations, aliasLists: lists)
    }

    /// Rows that a deleted report used, which no other report may use.
    private struct Orphans {
        var entities: [Int64] = []
        var relations: [Int64] = []
        var aliasLists: [Int64] = []
    }

    /// Removes those of `candidates` that no report supports any more.
    private func deleteOrphans(_ candidates: Orphans, in db: Database) throws {
        let relation = try db.cachedStatement(sql: """
            DELETE FROM relations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation = relations.id)
            """)
        for id in candidates.relations { try relation.execute(arguments: [id]) }
        let entity = try db.cachedStatement(sql: """
            DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entity_facts WHERE entity = entities.id)
            """)
        for id in candidates.entities { try entity.execute(arguments: [id]) }
        let list = try db.cachedStatement(sql: """
            DELETE FROM alias_lists WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entity_facts WHERE aliases = alias_lists.id)
            """)
        for id in candidates.aliasLists { try list.execute(arguments: [id]) }
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
        // Looking a row up first is cheaper than an upsert, which rewrites the row it finds.
        let findEntity = try db.cachedStatement(sql: "SELECT id FROM entities WHERE entity_id = ?")
        let addEntity = try db.cachedStatement(sql: "INSERT INTO entities(entity_id, kind) VALUES (?, ?) RETURNING id")
        let entityFact = try db.cachedStatement(sql: """
            INSERT INTO entity_facts(document, entity, position, name, aliases, category, trigger, date, is_role)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mentions(document, entity, sentence, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var rows: [EntityID: Int64] = [:]
        for (position, entity) in facts.entities.enumerated() {
            guard let row = try Int64.fetchOne(findEntity, arguments: [entity.id.rawValue])
                ?? Int64.fetchOne(addEntity, arguments: [entity.id.rawValue, entity.kind.rawValue])
            else {
                throw StoreError.failed(path: path, operation: "adding \(entity.id)", reason: "no row id returned")
            }
            rows[entity.id] = row
            let list = try aliasList(entity.aliases, in: db)
            try entityFact.execute(arguments: [documentRow, row, position, entity.name, list, entity.category, entity.trigger, entity.date, entity.isRole])
            for item in entity.mentions {
                try mention.execute(arguments: [documentRow, row, item.sentence, item.start, item.end, item.text])
            }
        }
        let findRelation = try db.cachedStatement(sql: "SELECT id FROM relations WHERE source = ? AND target = ? AND kind = ?")
        let addRelation = try db.cachedStatement(sql: "INSERT INTO relations(source, target, kind) VALUES (?, ?, ?) RETURNING id")
        let sentence = try db.cachedStatement(sql: """
            INSERT INTO sentences(document, sentence, text) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """)
        let evidence = try db.cachedStatement(sql: """
            INSERT INTO evidence(document, relation, sentence, rule, confidence, role, role_word) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """)
        for relation in facts.relations {
            // Extraction only relates entities that the same report names.
            guard let source = rows[relation.source], let target = rows[relation.target] else { continue }
            let ends: StatementArguments = [source, target, relation.kind.rawValue]
            guard let row = try Int64.fetchOne(findRelation, arguments: ends) ?? Int64.fetchOne(addRelation, arguments: ends)
            else {
                throw StoreError.failed(path: path, operation: "adding \(relation.id)", reason: "no row id returned")
            }
            for item in relation.evidence {
                try sentence.execute(arguments: [documentRow, item.sentence, item.text])
                try evidence.execute(arguments: [documentRow, row, item.sentence, item.rule, item.confidence, item.role, item.roleWord])
            }
        }
    }

    /// The row of the alias list `aliases`, added if no report has it yet; nil for none.
    private func aliasList(_ aliases: [String], in db: Database) throws -> Int64? {
        guard !aliases.isEmpty else { return nil }
        // Each alias prefixed with its length: no two lists share a key, whatever they hold.
        let key = aliases.map { "\($0.utf8.count):\($0)" }.joined()
        if let row = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM alias_lists WHERE key = ?"), arguments: [key]) {
            return row
        }
        try db.cachedStatement(sql: "INSERT INTO alias_lists(key) VALUES (?)").execute(arguments: [key])
        let row = db.lastInsertedRowID
        let item = try db.cachedStatement(sql: "INSERT INTO aliases(list, alias) VALUES (?, ?)")
        for alias in aliases { try item.execute(arguments: [row, alias]) }
        return row
    }
}
