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
            // Only each report's hash is kept: the reports are read again, a batch at a time,
            // when they are extracted, so a corpus larger than memory can be ingested.
            var sources: [ReportFile] = []
            var problems = 0
            for path in paths {
                var found: [(url: URL, path: String, id: DocumentID)] = []
                _ = try CorpusReader.forEachFile(path) { found.append(($0, $1, $2)) }
                let files = found
                // Each file is read, checked and hashed as reading the report would, without
                // building it, on every core; warnings still come in file order.
                let checked = Mutex<[Result<ReportFile, ExtractionError>?]>(Array(repeating: nil, count: files.count))
                let chunk = 32
                DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { part in
                    let range = part * chunk..<min(files.count, (part + 1) * chunk)
                    let results = range.map { index in
                        let file = files[index]
                        do {
                            let data = try CorpusReader.contents(of: file.url, path: file.path)
                            try ReportReader.validate(data, path: file.path)
                            return Result<ReportFile, ExtractionError>.success(
                                Self.source(id: file.id, path: file.path, corpus: path, hash: ContentHash(utf8: data)))
                        } catch let error as ExtractionError {
                            return .failure(error)
                        } catch {
                            return .failure(ExtractionError.unreadable(file: file.path, reason: "\(error)"))
                        }
                    }
                    checked.withLock { all in for (index, result) in zip(range, results) { all[index] = result } }
                }
                for result in checked.withLock({ $0 }) {
                    switch result {
                    case .success(let source): sources.append(source)
                    case .failure(let problem):
                        StandardError.write("warning: \(problem)")
                        problems += 1
                    case nil: break
                    }
                }
            }
            let graphStore = try GraphStore(path: storePath)
            let extractor = try Extractor()
            // Reports extracted by other rules or data (an older linkchart, an edited
            // gazetteer) are extracted again, even when their text is the same.
            for index in sources.indices { sources[index].extraction = extractor.version }
            let progress = IngestProgressReporter()
            let summary = try graphStore.ingest(sources, prune: prune, progress: progress.report) { [sources] indices in
                let reports = indices.map { index -> Report? in
                    let source = sources[index]
                    // A report that changed or went since it was hashed is left for the next ingest.
                    guard let report = try? CorpusReader.readReport(at: URL(fileURLWithPath: source.file), path: source.path, id: source.id),
                        ContentHash(of: report.text) == source.hash
                    else {
                        StandardError.write("warning: \(source.path) changed while it was being ingested; run ingest again")
                        return nil
                    }
                    return report
                }
                let facts = extractor.extractAll(reports.compactMap { $0 })
                var next = facts.makeIterator()
                return reports.map { $0 == nil ? nil : next.next() }
            }
            progress.finish()
            let known = Set(try graphStore.corpora())
            for root in Set(paths.map(CorpusLoader.absolutePath)) where !known.contains(root) {
                try graphStore.addCorpus(root)
            }
            let answer = IngestAnswer(
                store: storePath, reports: sources.count, added: summary.added.count, changed: summary.changed.count,
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

        /// What the store is told of a report read from `corpus`.
        static func source(_ report: Report, corpus: String) -> ReportFile {
            source(id: report.document.id, path: report.document.path, corpus: corpus, hash: ContentHash(of: report.text))
        }

        /// What the store is told of the report `id`, named `path`, in `corpus`.
        static func source(id: DocumentID, path: String, corpus: String, hash: ContentHash) -> ReportFile {
            let display = corpus.count > 1 && corpus.hasSuffix("/") ? String(corpus.dropLast()) : corpus
            let file = path == display
                ? CorpusLoader.absolutePath(corpus)
                : (CorpusLoader.absolutePath(corpus) as NSString).appendingPathComponent(String(path.dropFirst(display.count + 1)))
            return ReportFile(id: id, path: path, file: file, hash: hash)
        }
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

    func finish() {
        if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
