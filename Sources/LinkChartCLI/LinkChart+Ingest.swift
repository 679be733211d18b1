import ArgumentParser
import Dispatch
import Extraction
import Foundation
import GraphCore
import GraphStore
import Synchronization

extension LinkChart {
    /// Brings the store up to date with the reports under the paths given.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Add new and changed reports to the store; skip unchanged ones.",
            discussion: """
                Each report is known by its identifier and the hash of its text. New and changed \
                reports are extracted on all cores and written one transaction each, so an \
                interrupted ingest leaves every report fully in or fully out; run it again to \
                finish. Entities no report mentions any more are removed. Reports whose files \
                are gone stay until --prune. A second ingest on the same store waits for the first.
                """)

        @Argument(help: ArgumentHelp("Folders (or single files) of reports.", valueName: "path"))
        var paths: [String] = ["seeds"]

        @OptionGroup var store: StoreOptions

        @Flag(help: "Drop reports whose files no longer exist.")
        var prune = false

        @OptionGroup var output: OutputOptions

        func run() throws {
            let started = Date()
            let storePath = store.db ?? GraphStore.defaultPath(forCorpus: paths[0])
            // The gazetteer and lexicons load on another core while the files are listed.
            let loading = ExtractorLoader()
            // The files only: the store decides which it must read (see GraphStore.ingest),
            // and each is read once, a few at a time, so a corpus larger than memory can be
            // ingested.
            var offered: [OfferedReport] = []
            var locations: [String] = []
            for path in paths {
                let root = CorpusLoader.absolutePath(path)
                _ = try CorpusReader.forEachFile(path) { file, display, id in
                    offered.append(Self.offered(id: id, path: display, corpus: path, root: root))
                    locations.append(file)
                }
            }
            let graphStore = try GraphStore(path: storePath)
            let extractor = try loading.extractor()
            // Reports extracted by other rules or data (an older linkchart, an edited
            // gazetteer) are extracted again, even when their text is the same.
            for index in offered.indices { offered[index].extraction = extractor.version }
            let progress = IngestProgressReporter()
            var problems = 0
            let summary = try graphStore.ingest(
                offered, prune: prune, progress: progress.report,
                problem: { _, error in
                    progress.warn("warning: \(error)")
                    problems += 1
                },
                hash: { [offered, locations] index in
                    ContentHash(utf8: try CorpusReader.contents(ofFile: locations[index], path: offered[index].path))
                },
                extract: { [offered, locations] index in
                    // The checks of reading a report (unreadable, binary, non-UTF-8, empty)
                    // are made here; a report that passes has text whose UTF-8 is `data`.
                    let source = offered[index]
                    let data = try CorpusReader.contents(ofFile: locations[index], path: source.path)
                    let report = try ReportReader.read(data, path: source.path, id: source.id)
                    return ExtractedReport(facts: extractor.extract(report), hash: ContentHash(utf8: data))
                })
            progress.finish()
            let known = Set(try graphStore.corpora())
            for root in Set(paths.map(CorpusLoader.absolutePath)) where !known.contains(root) {
                try graphStore.addCorpus(root)
            }
            let answer = IngestAnswer(
                store: storePath, reports: summary.added.count + summary.changed.count + summary.unchanged.count,
                added: summary.added.count, changed: summary.changed.count,
                unchanged: summary.unchanged.count, pruned: summary.pruned.count, missing: summary.missing.map(\.rawValue),
                problems: problems, seconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000)
            if output.json {
                try JSONOutput.print(answer)
                return
            }
            if summary.changedStore {
                print("added \(answer.added), changed \(answer.changed), unchanged \(answer.unchanged), pruned \(answer.pruned) in \(storePath)")
            } else {
                print("nothing changed: \(answer.unchanged) report\(answer.unchanged == 1 ? "" : "s") unchanged in \(storePath)")
            }
            if !summary.missing.isEmpty {
                print("\(summary.missing.count) report\(summary.missing.count == 1 ? "" : "s") in the store no longer exist; --prune drops them")
            }
        }

        /// What the store is offered of the report `id`, named `path`, in `corpus` (whose
        /// absolute path is `root`).
        static func offered(id: DocumentID, path: String, corpus: String, root: String) -> OfferedReport {
            let display = corpus.count > 1 && corpus.hasSuffix("/") ? String(corpus.dropLast()) : corpus
            let file = path == display ? root : (root as NSString).appendingPathComponent(String(path.dropFirst(display.count + 1)))
            return OfferedReport(id: id, path: path, file: file)
        }
    }
}

/// Loads an ``Extractor`` (its gazetteer and lexicons: a tenth of a second of one core)
/// on another thread, so that `ingest` lists the files and opens the store meanwhile.
final class ExtractorLoader: Sendable {
    private let loaded = DispatchSemaphore(value: 0)
    private let result = Mutex<Result<Extractor, any Error>?>(nil)

    init() {
        DispatchQueue.global().async { [self] in
            let extractor = Result { try Extractor() }
            result.withLock { $0 = extractor }
            loaded.signal()
        }
    }

    /// The extractor, once loaded; the loading error if it could not be.
    func extractor() throws -> Extractor {
        loaded.wait()
        loaded.signal()  // a second call does not wait for ever
        return try result.withLock { $0! }.get()
    }
}

/// The JSON answer of `ingest`.
struct IngestAnswer: Encodable {
    var store: String
    var reports: Int
    var added: Int
    var changed: Int
    var unchanged: Int
    var pruned: Int
    var missing: [String]
    var problems: Int
    var seconds: Double
}

/// Shows ingest progress on standard error: a bar redrawn in place on a terminal, a plain
/// log line every few seconds otherwise.
final class IngestProgressReporter {
    private let terminal = isatty(STDERR_FILENO) != 0
    private let started = Date()
    private var lastShown = Date.distantPast
    private var drewBar = false

    func report(_ progress: IngestProgress) {
        let now = Date()
        let last = progress.done == progress.total
        guard last || now.timeIntervalSince(lastShown) >= (terminal ? 0.2 : 5) else { return }
        lastShown = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(progress.done) / elapsed
        let eta = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let counts = "\(progress.done)/\(progress.total) reports, \(String(format: "%.1f", rate)) reports/s"
        if terminal {
            let width = 30
            let filled = progress.total == 0 ? width : width * progress.done / progress.total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(counts), ETA \(Int(eta.rounded())) s ".utf8))
            drewBar = true
        } else {
            StandardError.write("ingest: \(counts), about \(Int(eta.rounded())) s to go")
        }
    }

    /// Writes a warning on a line of its own: below the bar, which is drawn again at the
    /// next report.
    func warn(_ message: String) {
        if drewBar {
            FileHandle.standardError.write(Data("\n".utf8))
            drewBar = false
            lastShown = .distantPast
        }
        StandardError.write(message)
    }

    func finish() {
        if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
