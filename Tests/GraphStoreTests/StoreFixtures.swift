import Extraction
import Foundation
import GraphCore
import GraphStore

/// Reading, extracting and ingesting corpora for the store tests.
enum StoreFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repositoryRoot.appendingPathComponent("seeds").path
    static let dev = repositoryRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/dev").path
    static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("no extractor: \(error)") }
    }()

    static func reports(_ corpus: String) throws -> [Report] {
        try CorpusReader.read(corpus).reports
    }

    /// The sources `ingest` would be offered for `reports` read from `corpus`.
    static func sources(_ reports: [Report], corpus: String) -> [ReportFile] {
        let root = URL(fileURLWithPath: corpus)
        return reports.map { report in
            let relative = String(report.document.path.dropFirst(corpus.count + 1))
            return ReportFile(id: report.document.id, path: report.document.path,
                                file: root.appendingPathComponent(relative).path, hash: ContentHash(of: report.text))
        }
    }

    /// Ingests the corpus at `corpus` into `store`; `extracted` counts the reports extracted.
    @discardableResult
    static func ingest(_ corpus: String, into store: GraphStore, prune: Bool = false) throws -> IngestSummary {
        let reports = try reports(corpus)
        return try store.ingest(sources(reports, corpus: corpus), prune: prune) { indices in
            extractor.extractAll(indices.map { reports[$0] })
        }
    }

    /// A copy of `corpus` in a new temporary folder.
    static func copy(_ corpus: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-store-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: corpus), to: folder)
        return folder
    }
}
