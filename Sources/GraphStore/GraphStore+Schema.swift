import Foundation
import GRDB

extension GraphStore {
    /// The schema, one migration per version; GRDB records which have run in
    /// `grdb_migrations`, so an older store is brought up to date when opened.
    ///
    /// Since v2 a report's facts are one `report_facts` row, encoded by ``FactsCodec``,
    /// beside its `documents` row; `corpora` and `ingests` are as in v1.
    ///
    /// v1 (converted by the v2 migration, its tables then dropped) kept facts per report: `entity_facts`, `mentions`, `sentences` and `evidence` rows
    /// all belong to one report and go with it (`ON DELETE CASCADE`). `entities` and
    /// `relations` hold what is shared between reports (identifier, kind, ends), and
    /// `alias_lists` the lists of aliases (a gazetteer entity brings the same dozen to every
    /// report that names it, so each list is stored once); they are removed when no report
    /// uses them any more. A relation's identifier is not stored: it is its kind and ends.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: reports and their facts") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL UNIQUE,
                    path TEXT NOT NULL,
                    file TEXT NOT NULL,
                    title TEXT NOT NULL,
                    date TEXT,
                    source TEXT,
                    content_hash INTEGER NOT NULL,
                    size INTEGER NOT NULL,
                    ingested_at REAL NOT NULL
                );
                CREATE TABLE entities (
                    id INTEGER PRIMARY KEY,
                    entity_id TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL
                );
                CREATE TABLE alias_lists (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE
                );
                CREATE TABLE aliases (
                    list INTEGER NOT NULL REFERENCES alias_lists(id) ON DELETE CASCADE,
                    alias TEXT NOT NULL,
                    PRIMARY KEY (list, alias)
                ) WITHOUT ROWID;
                CREATE TABLE entity_facts (
                    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    entity INTEGER NOT NULL REFERENCES entities(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    aliases INTEGER REFERENCES alias_lists(id),
                    category TEXT,
                    trigger TEXT,
                    date TEXT,
                    PRIMARY KEY (document, entity)
                ) WITHOUT ROWID;
                CREATE INDEX entity_facts_by_entity ON entity_facts(entity);
                CREATE INDEX entity_facts_by_aliases ON entity_facts(aliases);
                CREATE TABLE mentions (
                    document INTEGER NOT NULL,
                    entity INTEGER NOT NULL,
                    sentence INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (document, entity, start, "end"),
                    FOREIGN KEY (document, entity) REFERENCES entity_facts(document, entity) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE TABLE relations (
                    id INTEGER PRIMARY KEY,
                    source INTEGER NOT NULL REFERENCES entities(id),
                    target INTEGER NOT NULL REFERENCES entities(id),
                    kind TEXT NOT NULL,
                    UNIQUE (source, target, kind)
                );
                CREATE INDEX relations_by_target ON relations(target);
                CREATE TABLE sentences (
                    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (document, sentence)
                ) WITHOUT ROWID;
                CREATE TABLE evidence (
                    document INTEGER NOT NULL,
                    relation INTEGER NOT NULL REFERENCES relations(id),
                    sentence INTEGER NOT NULL,
                    PRIMARY KEY (document, relation, sentence),
                    FOREIGN KEY (document, sentence) REFERENCES sentences(document, sentence) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE INDEX evidence_by_relation ON evidence(relation);
                CREATE TABLE corpora (
                    root TEXT PRIMARY KEY
                ) WITHOUT ROWID;
                CREATE TABLE ingests (
                    id INTEGER PRIMARY KEY,
                    finished_at REAL NOT NULL,
                    added INTEGER NOT NULL,
                    changed INTEGER NOT NULL,
                    pruned INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2: each report's facts in one row") { db in
            try db.execute(sql: """
                CREATE TABLE report_facts (
                    document INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                    facts BLOB NOT NULL
                );
                """)
            let insert = try db.makeStatement(sql: "INSERT INTO report_facts(document, facts) VALUES (?, ?)")
            for (row, facts) in try v1Facts(in: db) {
                try insert.execute(arguments: [row, Data(FactsCodec.encode(facts))])
            }
            try db.execute(sql: """
                DROP TABLE evidence;
                DROP TABLE sentences;
                DROP TABLE mentions;
                DROP TABLE entity_facts;
                DROP TABLE aliases;
                DROP TABLE alias_lists;
                DROP TABLE relations;
                DROP TABLE entities;
                """)
        }
        migrator.registerMigration("v3: what extracted each report") { db in
            // Null for reports stored before: the next ingest extracts them again.
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN extraction TEXT")
        }
        return migrator
    }
}
