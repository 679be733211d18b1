import Curation
import Extraction
import Foundation
import GraphCore
import GraphStore
import Testing

/// Decisions made once keep their effect when reports are extracted again, changed and
/// re-ingested, or read back from the store.
@Suite struct CurationSurvivesRereadingTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    static let curator = FactsCurator([
        CurationSamples.decide(.reject(CurationSamples.handle(.person, "Gabriela Bernal"))),
        CurationSamples.decide(.retype(CurationSamples.handle(.place, "Sunchon"), to: .agency)),
        CurationSamples.decide(.merge(CurationSamples.handle(.person, "Kim Jong Il"), into: CurationSamples.handle(.person, "Kim Il Sung"))),
        CurationSamples.decide(.split(CurationSamples.handle(.agency, "Ministry of State Security"), report: "001_fcbe7c6613cc3779")),
    ])

    /// Checks that every decision above shows in `graph`.
    static func expectCurated(_ graph: EntityGraph) throws {
        #expect(!graph.entities.values.contains { $0.name == "Gabriela Bernal" })
        #expect(graph.entities[EntityID(kind: .agency, name: "Sunchon")]?.kind == .agency)
        #expect(graph.entities[EntityID(kind: .place, name: "Sunchon")] == nil)
        #expect(graph.entities[EntityID(kind: .person, name: "Kim Jong Il")] == nil)
        #expect(graph.entities[EntityID(kind: .person, name: "Kim Il Sung")]?.aliases.contains("Kim Jong Il") == true)
        let split = try #require(graph.entities[EntityID(kind: .agency, name: "Ministry of State Security (001_fcbe7c6613cc3779)")])
        #expect(split.documents == ["001_fcbe7c6613cc3779"])
        #expect(graph.entities[EntityID(kind: .agency, name: "Ministry of State Security")]?.documents == ["000_d642fd3dd39ad37c"])
    }

    @Test func reExtractingTheReportsGivesTheSameCuratedGraph() throws {
        let extractor = try Extractor()
        let reports = try CorpusReader.read(Self.seeds.path).reports
        let first = Self.curator.graph(merging: extractor.extractAll(reports))
        try Self.expectCurated(first)
        let again = Self.curator.graph(merging: extractor.extractAll(try CorpusReader.read(Self.seeds.path).reports))
        #expect(try again.jsonData() == first.jsonData())
    }

    @Test func aChangedReportReIngestedIsCuratedLikeAFreshExtraction() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curation-seeds-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.seeds, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore()
        let extractor = try Extractor()
        func ingest() throws -> IngestSummary {
            let reports = try CorpusReader.read(folder.path).reports
            let offered = reports.map { report in
                OfferedReport(id: report.document.id, path: report.document.path,
                              file: folder.appendingPathComponent(report.document.fileName).path)
            }
            return try store.ingest(
                offered, prune: false, hash: { ContentHash(of: reports[$0].text) },
                extract: { ExtractedReport(facts: extractor.extract(reports[$0]), hash: ContentHash(of: reports[$0].text)) })
        }
        try ingest()
        try Self.expectCurated(Self.curator.graph(merging: try store.facts()))

        // The report that names the ministry's other half now also names the rejected
        // translator, Sunchon and Kim Jong Il: each decision must reach the new text.
        let changed = folder.appendingPathComponent("001_fcbe7c6613cc3779.txt")
        let text = try String(contentsOf: changed, encoding: .utf8)
        try (text + "\nKim Jong Il visited Sunchon, said Gabriela Bernal of the Ministry of State Security.\n")
            .write(to: changed, atomically: true, encoding: .utf8)
        let summary = try ingest()
        #expect(summary.changed == ["001_fcbe7c6613cc3779"])

        let fromStore = Self.curator.graph(merging: try store.facts())
        try Self.expectCurated(fromStore)
        let fresh = Self.curator.graph(merging: extractor.extractAll(try CorpusReader.read(folder.path).reports))
        #expect(try fromStore.jsonData() == fresh.jsonData())
    }
}
