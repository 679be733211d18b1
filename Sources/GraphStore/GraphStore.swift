import Foundation
import GRDB
import GraphCore

/// The SQLite store of a corpus's graph: each report's facts, kept so that a report can be
/// replaced alone and the whole graph read back without extracting anything.
///
/// One store owns one database writer and the schema migrations. Each write is one named
/// operation in one transaction, so a crash leaves every report fully in or fully out.
/// Everything read from reports (names, sentences, paths) is passed to SQL as bound
/// parameters only, never spliced into SQL text.
public final class GraphStore: Sendable {
    /// Where the store lives, or `:memory:` for a store held in memory.
    public let path: String
    let writer: any DatabaseWriter

    /// Each connection's page cache (`PRAGMA cache_size`; negative: in KiB): 64 MiB for the
    /// commands that read the store; ingest's writer uses ``ingestCacheSize``.
    static let cacheSize = -65_536

    /// The writer's page cache while it ingests: 8 MiB, enough for the index of documents of
    /// a store of a hundred thousand reports, which is what each report's write looks up.
    static let ingestCacheSize = -8_192

    /// How long a write waits for another process holding the store before failing.
    public static let busyTimeout: TimeInterval = 60

    /// The store at `path`, created (with its folder) if it does not exist yet.
    ///
    /// The database uses write-ahead logging and waits up to ``busyTimeout`` for a lock, so
    /// a second `ingest` on the same store waits for the first instead of failing.
    ///
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when the file cannot be created or
    ///   is not a linkchart store.
    public init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var configuration = Configuration()
            configuration.busyMode = .timeout(Self.busyTimeout)
            configuration.label = "linkchart.GraphStore"
            // With write-ahead logging, NORMAL still makes every commit atomic and survives a
            // killed process; only a power cut can lose the last commits, which the next
            // ingest redoes. FULL would sync the disk once per report.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)")
            }
            // Creating the database, switching it to write-ahead logging and migrating it
            // are done by one process at a time: two ingests that open a new store together
            // would otherwise both create its tables (one failing), or find it locked.
            writer = try Self.whileHoldingOpenLock(of: path) {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try Self.migrator.migrate(pool)
                return pool
            }
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// A store held in memory, for tests: gone when the value is.
    public init() throws {
        path = ":memory:"
        writer = try DatabaseQueue()
        try Self.migrator.migrate(writer)
    }

    /// The store's default place for the corpus at `corpus`: `.linkchart/graph.sqlite` in
    /// the folder that holds the corpus folder.
    public static func defaultPath(forCorpus corpus: String) -> String {
        let trimmed = corpus.count > 1 && corpus.hasSuffix("/") ? String(corpus.dropLast()) : corpus
        let parent = (trimmed as NSString).deletingLastPathComponent
        return ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".linkchart/graph.sqlite")
    }

    /// `PRAGMA integrity_check`: an empty list when the database is sound, else SQLite's
    /// complaints.
    public func integrityProblems() throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        }
    }

    /// Runs `body` holding an exclusive lock on `PATH.lock` (an empty file beside the store),
    /// waiting for another process that holds it. The lock goes with the process, so a
    /// killed ingest never leaves it held.
    private static func whileHoldingOpenLock<T>(of path: String, _ body: () throws -> T) throws -> T {
        let lockPath = path + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, reason: "cannot create the lock file \(lockPath): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw StoreError.cannotOpen(path: path, reason: "cannot lock \(lockPath): \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
