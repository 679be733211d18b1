import Dispatch
import Foundation
import GRDB
import GraphCore
import Synchronization

extension GraphStore {
    /// The graph of every report in the store: the same graph that
    /// `EntityGraph(merging:)` builds from the same reports' facts.
    ///
    /// - Complexity: O(N log N) over all stored facts.
    public func graph() throws -> EntityGraph {
        EntityGraph(merging: try facts())
    }

    /// Every report's facts, reports in path order (the order the corpus reader gives).
    ///
    /// The rows are read in one pass and decoded on every core.
    public func facts() throws -> [ReportFacts] {
        let rows = try perform("reading the graph") {
            try writer.read { db in
                try Self.factRows(in: db, sql: """
                    SELECT d.document_id, d.path, d.title, d.date, d.source, f.facts
                    FROM documents d JOIN report_facts f ON f.document = d.id ORDER BY d.path, d.document_id
                    """)
            }
        }
        let decoded = Mutex<[Result<ReportFacts, any Error>?]>(Array(repeating: nil, count: rows.count))
        let chunk = 64
        DispatchQueue.concurrentPerform(iterations: (rows.count + chunk - 1) / chunk) { part in
            let range = part * chunk..<min(rows.count, (part + 1) * chunk)
            let results = range.map { index in Result { try FactsCodec.decode(rows[index].bytes, document: rows[index].document) } }
            decoded.withLock { all in
                for (index, result) in zip(range, results) { all[index] = result }
            }
        }
        return try decoded.withLock { all in
            try zip(rows, all).map { row, result in
                do {
                    guard let result else { throw FactsCodec.Damaged(reason: "not decoded") }
                    return try result.get()
                } catch {
                    throw StoreError.failed(path: path, operation: "reading \(row.document.id)", reason: "\(error)")
                }
            }
        }
    }

    /// One report's facts, or nil when the store does not hold it.
    public func facts(of id: DocumentID) throws -> ReportFacts? {
        try perform("reading \(id)") {
            let rows = try writer.read { db in
                try Self.factRows(in: db, sql: """
                    SELECT d.document_id, d.path, d.title, d.date, d.source, f.facts
                    FROM documents d JOIN report_facts f ON f.document = d.id WHERE d.document_id = ?
                    """, arguments: [id.rawValue])
            }
            return try rows.first.map { try FactsCodec.decode($0.bytes, document: $0.document) }
        }
    }

    /// What the store knows of each report's file, by identifier.
    public func storedReports() throws -> [DocumentID: ReportFile] {
        try perform("reading the reports") {
            try writer.read { db in
                var result: [DocumentID: ReportFile] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT document_id, path, file, content_hash, size, extraction FROM documents")
                while let row = try rows.next() {
                    let id = DocumentID(rawValue: row[0])
                    let hash = ContentHash(value: UInt64(bitPattern: row[3] as Int64), size: row[4])
                    result[id] = ReportFile(id: id, path: row[1], file: row[2], hash: hash, extraction: row[5])
                }
                return result
            }
        }
    }

    /// The corpus folders ingested into the store, as absolute paths.
    public func corpora() throws -> [String] {
        try perform("reading the corpora") {
            try writer.read { db in try String.fetchAll(db, sql: "SELECT root FROM corpora ORDER BY root") }
        }
    }

    /// Each report's document and encoded facts, as `sql` selects them (identifier, path,
    /// title, date, source, facts).
    private static func factRows(in db: Database, sql: String, arguments: StatementArguments = []) throws
        -> [(document: Document, bytes: [UInt8])]
    {
        var rows: [(document: Document, bytes: [UInt8])] = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() {
            let document = Document(id: DocumentID(rawValue: row[0]), path: row[1], title: row[2], date: row[3], source: row[4])
            let bytes = try row.withUnsafeData(atIndex: 5) { data in data.map { [UInt8]($0) } ?? [] }
            rows.append((document, bytes))
        }
        return rows
    }
}
