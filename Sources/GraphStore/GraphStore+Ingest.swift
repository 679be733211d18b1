import Dispatch
import Foundation
import GraphCore
import Synchronization

/// What an ingest did, report by report.
public struct IngestSummary: Sendable, Codable, Equatable {
    /// Reports the store did not hold.
    public var added: [DocumentID] = []
    /// Reports whose text (or path) changed, re-extracted.
    public var changed: [DocumentID] = []
    /// Reports left as they were.
    public var unchanged: [DocumentID] = []
    /// Reports dropped because their files are gone (`--prune`).
    public var pruned: [DocumentID] = []
    /// Reports whose files are gone but which were kept, because `--prune` was not given.
    public var missing: [DocumentID] = []

    public init() {}

    /// Whether the ingest wrote anything.
    public var changedStore: Bool { !(added.isEmpty && changed.isEmpty && pruned.isEmpty) }
}

/// Where an ingest has got to, for a progress bar or log line.
public struct IngestProgress: Sendable {
    /// New and changed reports dealt with so far (written, or found unreadable).
    public var done: Int
    /// New and changed reports in all.
    public var total: Int
    /// The report just dealt with.
    public var report: DocumentID
}

extension GraphStore {
    /// Brings the store up to date with the reports `offered`: reports unchanged since the
    /// store took them are skipped; new and changed reports are read, extracted and written
    /// one transaction each; with `prune`, reports whose files no longer exist are dropped.
    ///
    /// Each file is read once, and only when it must be:
    /// - a report the store holds from the same path, file and extractor (`extraction`, when
    ///   given) is hashed by `hash`, on every core: the same hash means the same text, which
    ///   was read and checked when it was stored, so it is skipped without being checked again;
    /// - any other report (new, changed, or one `hash` could not read) is given to
    ///   `extract`, which reads it, checks it, extracts its facts and hashes the same bytes.
    ///
    /// `extract` runs on every core, one report at a time per core, and each report's facts
    /// are encoded on the core that extracted them; the one writer writes them in the order
    /// offered, while the workers go on up to `lookahead` reports ahead of it. A
    /// report `extract` throws for is left as it was and handed to `problem`, in order; it
    /// counts as neither added nor changed. A crash part-way leaves every report either with
    /// all its new facts or with all its old ones.
    ///
    /// - Parameters:
    ///   - progress: Called after each report given to `extract`, with how many are done of
    ///     how many.
    ///   - problem: Called with each report that could not be read, and why.
    ///   - hash: The hash of the text of `offered[index]`'s file as it is now.
    ///   - extract: `offered[index]` read, checked, extracted and hashed.
    public func ingest(
        _ offered: [OfferedReport], prune: Bool, lookahead: Int = 64,
        progress: (IngestProgress) -> Void = { _ in },
        problem: (OfferedReport, any Error) -> Void = { _, _ in },
        hash: @escaping @Sendable (Int) throws -> ContentHash,
        extract: @escaping @Sendable (Int) throws -> ExtractedReport
    ) throws -> IngestSummary {
        let stored = try storedReports()
        // Same place, extracted by the same rules and data: unchanged if the text is the same.
        let known = offered.indices.filter { index in
            let source = offered[index]
            guard let old = stored[source.id] else { return false }
            return old.path == source.path && old.file == source.file && (source.extraction == nil || old.extraction == source.extraction)
        }
        let hashes = Self.onEveryCore(known) { index in try? hash(index) }
        var unchanged = Set<Int>()
        for (index, hash) in zip(known, hashes) where hash != nil && hash == stored[offered[index].id]?.hash {
            unchanged.insert(index)
        }
        var summary = IngestSummary()
        var work: [Int] = []
        for index in offered.indices {
            if unchanged.contains(index) { summary.unchanged.append(offered[index].id) } else { work.append(index) }
        }

        let prepare: @Sendable (Int) throws -> EncodedReport = { index in
            let read = try extract(index)
            return EncodedReport(read.facts, file: offered[index].file, hash: read.hash, extraction: offered[index].extraction)
        }
        let pipeline = ExtractionPipeline(work, window: max(1, lookahead), prepare)
        defer { pipeline.stop() }
        // One session of the writer for them all (each report still its own transaction).
        var done = 0
        try perform("writing the reports") {
            try writer.writeWithoutTransaction { db in
                // The writer appends: it needs the cache for the index it looks reports up in,
                // not the 64 MB that queries use, which it would fill with pages written once
                // (a tenth of its system time went to faulting them in).
                try db.execute(sql: "PRAGMA cache_size = \(Self.ingestCacheSize)")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)") }
                for index in work {
                    let source = offered[index]
                    switch pipeline.next() {
                    case .success(let report):
                        do {
                            try Self.write(report, in: db)
                        } catch {
                            throw StoreError.failed(path: path, operation: "writing \(report.document.id)", reason: Self.reason(error))
                        }
                        if stored[source.id] == nil { summary.added.append(source.id) } else { summary.changed.append(source.id) }
                    case .failure(let error):
                        problem(source, error)
                    }
                    done += 1
                    progress(IngestProgress(done: done, total: work.count, report: source.id))
                }
            }
        }
        // A report counts as offered once read: one whose file could not be read and is gone
        // is missing, as if it had not been offered.
        let read = Set(summary.unchanged + summary.added + summary.changed)
        let gone = stored.values.filter { !read.contains($0.id) && !FileManager.default.fileExists(atPath: $0.file) }
            .map(\.id).sorted()
        if prune { summary.pruned = gone } else { summary.missing = gone }
        try remove(summary.pruned)
        if summary.changedStore {
            try recordIngest(added: summary.added.count, changed: summary.changed.count, pruned: summary.pruned.count)
        }
        return summary
    }

    /// `transform` of each of `items`, in order, computed on every core a few at a time.
    static func onEveryCore<T: Sendable>(_ items: [Int], _ transform: @Sendable (Int) -> T) -> [T] {
        guard !items.isEmpty else { return [] }
        let results = Mutex<[T?]>(Array(repeating: nil, count: items.count))
        let chunk = 32
        DispatchQueue.concurrentPerform(iterations: (items.count + chunk - 1) / chunk) { part in
            let range = part * chunk..<min(items.count, (part + 1) * chunk)
            let values = range.map { transform(items[$0]) }
            results.withLock { all in for (at, value) in zip(range, values) { all[at] = value } }
        }
        return results.withLock { $0.map { $0! } }
    }
}

/// Reports extracted and encoded on every core, one at a time each, while the one writer
/// takes them in order: a worker that finishes a report starts the next at once (no batch
/// to wait for), and runs at most `window` reports ahead of the writer, so memory stays
/// bounded and a writer held up (a checkpoint) does not stop extraction.
private final class ExtractionPipeline: Sendable {
    private let indices: [Int]
    private let window: Int
    private let prepare: @Sendable (Int) throws -> EncodedReport
    /// One permit per report a worker may start before the writer takes an earlier one.
    private let permits: DispatchSemaphore
    /// Signalled when the report at a position (modulo `window`) is ready.
    private let ready: [DispatchSemaphore]
    private let slots: Mutex<[Result<EncodedReport, any Error>?]>
    /// The next position a worker takes, and whether the ingest stopped.
    private let state = Mutex<(claimed: Int, stopped: Bool)>((0, false))
    private let workers = DispatchGroup()
    private let taken = Mutex(0)
    private let workerCount: Int

    init(_ indices: [Int], window: Int, _ prepare: @escaping @Sendable (Int) throws -> EncodedReport) {
        self.indices = indices
        self.window = window
        self.prepare = prepare
        permits = DispatchSemaphore(value: window)
        ready = (0..<window).map { _ in DispatchSemaphore(value: 0) }
        slots = Mutex(Array(repeating: nil, count: window))
        workerCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, indices.count))
        guard !indices.isEmpty else { return }
        for _ in 0..<workerCount {
            DispatchQueue.global().async(group: workers) { [self] in work() }
        }
    }

    private func work() {
        while true {
            permits.wait()
            let position: Int? = state.withLock { state in
                guard !state.stopped, state.claimed < indices.count else { return nil }
                defer { state.claimed += 1 }
                return state.claimed
            }
            guard let position else {
                permits.signal()  // for the next worker to find out too
                return
            }
            // The report's facts are built, encoded and freed on this core.
            let report = Result { try prepare(indices[position]) }
            slots.withLock { $0[position % window] = report }
            ready[position % window].signal()
        }
    }

    /// The next report in order, once ready; call it once per index.
    func next() -> Result<EncodedReport, any Error> {
        let position = taken.withLock { taken in
            defer { taken += 1 }
            return taken
        }
        ready[position % window].wait()
        let report = slots.withLock { slots in
            defer { slots[position % window] = nil }
            return slots[position % window]!
        }
        permits.signal()
        return report
    }

    /// Stops the workers (when the writer failed, or is done) and waits for them.
    func stop() {
        state.withLock { $0.stopped = true }
        permits.signal()
        workers.wait()
    }
}
