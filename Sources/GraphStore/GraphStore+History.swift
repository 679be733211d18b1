import Foundation
import GRDB
import GraphCore

/// One ingest that changed the store, as `linkchart ingests` lists it.
public struct IngestRecord: Sendable, Hashable {
    /// The ingest's number: 1 for the first that changed the store, then counting up.
    public var number: Int
    /// When it finished. Every report it wrote was written before this moment.
    public var finished: Date
    /// Reports it added, re-extracted because they changed, and dropped.
    public var added: Int
    public var changed: Int
    public var pruned: Int
}

extension GraphStore {
    /// Every ingest that changed the store, oldest first.
    public func ingestRecords() throws -> [IngestRecord] {
        try perform("reading the ingests") {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT id, finished_at, added, changed, pruned FROM ingests ORDER BY id").map { row in
                    IngestRecord(number: row[0], finished: Date(timeIntervalSince1970: row[1]), added: row[2], changed: row[3], pruned: row[4])
                }
            }
        }
    }

    /// When each report's facts, as the store holds them now, were written: the time of
    /// the ingest that last added or re-extracted it.
    ///
    /// The store keeps only each report's current version, so a report changed since a
    /// given moment counts as written after it, all of its facts with it.
    public func reportWriteTimes() throws -> [DocumentID: Date] {
        try perform("reading the reports' ingest times") {
            try writer.read { db in
                var result: [DocumentID: Date] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT document_id, ingested_at FROM documents")
                while let row = try rows.next() {
                    result[DocumentID(rawValue: row[0])] = Date(timeIntervalSince1970: row[1])
                }
                return result
            }
        }
    }
}
