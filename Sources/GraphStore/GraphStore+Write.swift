import Foundation
import GRDB
import GraphCore

extension GraphStore {
    /// Puts one report's facts in the store, replacing whatever the report had before, in
    /// one transaction.
    ///
    /// The report is one `documents` row and one `report_facts` row (its facts encoded by
    /// ``FactsCodec``): three statements, so one writer keeps up with extraction on every
    /// core. Entities and relations that only this report supported go with its old row:
    /// the graph is built from the rows that remain.
    ///
    /// - Complexity: O(m) in the size of the facts, plus O(log n) in the number of reports.
    public func replace(_ facts: ReportFacts, file: String, hash: ContentHash, extraction: String? = nil, at time: Date = Date()) throws {
        try write(EncodedReport(facts, file: file, hash: hash, extraction: extraction), at: time)
    }

    /// Writes one report already encoded, replacing whatever it had before, in one
    /// transaction: what ``replace(_:file:hash:extraction:at:)`` does after encoding.
    func write(_ report: EncodedReport, at time: Date = Date()) throws {
        try perform("writing \(report.document.id)") {
            try writer.writeWithoutTransaction { db in try Self.write(report, at: time, in: db) }
        }
    }

    /// Writes one report already encoded in `db` (outside any transaction), in a
    /// transaction of its own.
    ///
    /// The transaction is begun and committed by cached statements rather than GRDB's
    /// `inTransaction`, which prepares `BEGIN` and `COMMIT` anew each time: a fifth of the
    /// writer's work per report. A failure rolls the report back and is thrown.
    static func write(_ report: EncodedReport, at time: Date = Date(), in db: Database) throws {
        try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
        do {
            try writeRows(report, at: time, in: db)
            try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
        } catch {
            if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK TRANSACTION") }
            throw error
        }
    }

    /// The statements of ``write(_:at:in:)``, inside its transaction: the report's old rows
    /// go (its facts with them, by the foreign key), its new ones come.
    private static func writeRows(_ report: EncodedReport, at time: Date, in db: Database) throws {
        let document = report.document
        try db.cachedStatement(sql: "DELETE FROM documents WHERE document_id = ?").execute(arguments: [document.id.rawValue])
        try db.cachedStatement(sql: """
            INSERT INTO documents(document_id, path, file, title, date, source, content_hash, size, ingested_at, extraction)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                document.id.rawValue, document.path, report.file, document.title, document.date, document.source,
                Int64(bitPattern: report.hash.value), report.hash.size, time.timeIntervalSince1970, report.extraction,
            ])
        try db.cachedStatement(sql: "INSERT INTO report_facts(document, facts) VALUES (?, ?)")
            .execute(arguments: [db.lastInsertedRowID, report.facts])
    }

    /// Removes reports, one transaction per report; their facts go with them.
    public func remove(_ ids: [DocumentID]) throws {
        for id in ids {
            try perform("removing \(id)") {
                try writer.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        try db.execute(sql: "DELETE FROM documents WHERE document_id = ?", arguments: [id.rawValue])
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
}
