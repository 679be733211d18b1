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

    /// What `ingest` would be offered for `reports` read from `corpus`.
    static func offered(_ reports: [Report], corpus: String, extraction: String? = nil) -> [OfferedReport] {
        let root = URL(fileURLWithPath: corpus)
        return reports.map { report in
            let relative = String(report.document.path.dropFirst(corpus.count + 1))
            return OfferedReport(id: report.document.id, path: report.document.path,
                                 file: root.appendingPathComponent(relative).path, extraction: extraction)
        }
    }

    /// Ingests `reports`, read from `corpus`, into `store`, as extracted by `extraction`.
    @discardableResult
    static func ingest(_ reports: [Report], from corpus: String, into store: GraphStore, prune: Bool = false,
                       extraction: String? = nil) throws -> IngestSummary {
        try store.ingest(
            offered(reports, corpus: corpus, extraction: extraction), prune: prune,
            hash: { ContentHash(of: reports[$0].text) },
            extract: { ExtractedReport(facts: extractor.extract(reports[$0]), hash: ContentHash(of: reports[$0].text)) })
    }

    /// Ingests the corpus at `corpus` into `store`.
    @discardableResult
    static func ingest(_ corpus: String, into store: GraphStore, prune: Bool = false) throws -> IngestSummary {
        try ingest(try reports(corpus), from: corpus, into: store, prune: prune)
    }

    /// A copy of `corpus` in a new temporary folder.
    static func copy(_ corpus: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-store-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: corpus), to: folder)
        return folder
    }
}
