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
    /// Reports written so far.
    public var done: Int
    /// Reports to write in all.
    public var total: Int
    /// The report just written.
    public var report: DocumentID
}

extension GraphStore {
    /// Brings the store up to date with `sources`: reports whose hash, path and extraction
    /// version (when `sources` give one) are unchanged are skipped; new and changed reports
    /// are extracted by `extract` and written one transaction each; with `prune`, reports
    /// whose files no longer exist are dropped.
    ///
    /// `extract` receives a batch of indices into `sources` and returns their facts in the
    /// same order (nil for a report it could not read after all, which is left as it was);
    /// it may use every core. The next batch is extracted while this one is written, so one
    /// writer keeps up with parallel extraction. A crash part-way leaves every report
    /// either with all its new facts or with all its old ones.
    public func ingest(
        _ sources: [ReportFile], prune: Bool, batchSize: Int = 64,
        progress: (IngestProgress) -> Void = { _ in },
        extract: @escaping @Sendable ([Int]) -> [ReportFacts?]
    ) throws -> IngestSummary {
        let stored = try storedReports()
        var summary = IngestSummary()
        var work: [Int] = []
        for (index, source) in sources.enumerated() {
            if let old = stored[source.id] {
                // Same text, same place, and extracted by the same rules and data.
                if old.hash == source.hash && old.path == source.path && old.file == source.file
                    && (source.extraction == nil || old.extraction == source.extraction)
                {
                    summary.unchanged.append(source.id)
                } else {
                    summary.changed.append(source.id)
                    work.append(index)
                }
            } else {
                summary.added.append(source.id)
                work.append(index)
            }
        }
        let offered = Set(sources.map(\.id))
        let gone = stored.values.filter { !offered.contains($0.id) && !FileManager.default.fileExists(atPath: $0.file) }
            .map(\.id).sorted()
        if prune { summary.pruned = gone } else { summary.missing = gone }

        let batches = stride(from: 0, to: work.count, by: max(1, batchSize)).map { Array(work[$0..<min($0 + max(1, batchSize), work.count)]) }
        var next = batches.first.map { PendingBatch($0, extract) }
        var done = 0
        for number in batches.indices {
            guard let current = next else { break }
            let facts = current.wait()
            next = number + 1 < batches.count ? PendingBatch(batches[number + 1], extract) : nil
            for (index, item) in zip(batches[number], facts) {
                if let item { try replace(item, file: sources[index].file, hash: sources[index].hash, extraction: sources[index].extraction) }
                done += 1
                progress(IngestProgress(done: done, total: work.count, report: sources[index].id))
            }
        }
        try remove(summary.pruned)
        if summary.changedStore {
            try recordIngest(added: summary.added.count, changed: summary.changed.count, pruned: summary.pruned.count)
        }
        return summary
    }
}

/// A batch of reports being extracted on another thread.
private final class PendingBatch: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let result = Mutex<[ReportFacts?]>([])

    init(_ indices: [Int], _ extract: @escaping @Sendable ([Int]) -> [ReportFacts?]) {
        DispatchQueue.global().async { [self] in
            let facts = extract(indices)
            result.withLock { $0 = facts }
            finished.signal()
        }
    }

    func wait() -> [ReportFacts?] {
        finished.wait()
        return result.withLock { $0 }
    }
}
