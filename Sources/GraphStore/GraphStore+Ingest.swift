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
    /// `extract` runs on every core, a batch of `batchSize` reports at a time, and each
    /// report's facts are encoded on the core that extracted them; the next batch is
    /// extracted while this one is written by the one writer, in the order offered. A
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
        _ offered: [OfferedReport], prune: Bool, batchSize: Int = 64,
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

        let size = max(1, batchSize)
        let batches = stride(from: 0, to: work.count, by: size).map { Array(work[$0..<min($0 + size, work.count)]) }
        let prepare: @Sendable (Int) throws -> EncodedReport = { index in
            let read = try extract(index)
            return EncodedReport(read.facts, file: offered[index].file, hash: read.hash, extraction: offered[index].extraction)
        }
        var next = batches.first.map { PendingBatch($0, prepare) }
        var done = 0
        for number in batches.indices {
            guard let current = next else { break }
            let results = current.wait()
            next = number + 1 < batches.count ? PendingBatch(batches[number + 1], prepare) : nil
            for (index, result) in zip(batches[number], results) {
                let source = offered[index]
                switch result {
                case .success(let report):
                    try write(report)
                    if stored[source.id] == nil { summary.added.append(source.id) } else { summary.changed.append(source.id) }
                case .failure(let error):
                    problem(source, error)
                }
                done += 1
                progress(IngestProgress(done: done, total: work.count, report: source.id))
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

/// A batch of reports being extracted and encoded on every core, on another thread.
private final class PendingBatch: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let result = Mutex<[Result<EncodedReport, any Error>]>([])

    init(_ indices: [Int], _ prepare: @escaping @Sendable (Int) throws -> EncodedReport) {
        DispatchQueue.global().async { [self] in
            // One report per task: a report's facts are built, encoded and freed on one core.
            let results = Mutex<[Result<EncodedReport, any Error>?]>(Array(repeating: nil, count: indices.count))
            DispatchQueue.concurrentPerform(iterations: indices.count) { at in
                let report = Result { try prepare(indices[at]) }
                results.withLock { $0[at] = report }
            }
            result.withLock { all in all = results.withLock { $0.map { $0! } } }
            finished.signal()
        }
    }

    func wait() -> [Result<EncodedReport, any Error>] {
        finished.wait()
        return result.withLock { $0 }
    }
}
