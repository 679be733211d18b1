import Extraction
import Foundation
import GraphCore
import GraphStore
import Testing

/// Runs of the built `linkchart ingest`, `stats` and store-backed queries.
@Suite(.serialized) struct IngestCommandTests {
    @Test func ingestThenQueriesAnswerFromTheStoreAndASecondIngestChangesNothing() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.repositoryRoot.appendingPathComponent("seeds"),
                                         to: folder.appendingPathComponent("seeds"))
        let first = try CommandRunner.run(["ingest", "seeds", "--json"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let answer = try JSONSerialization.jsonObject(with: first.stdoutData) as? [String: Any]
        #expect(answer?["added"] as? Int == 2 && answer?["unchanged"] as? Int == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".linkchart/graph.sqlite").path))

        let second = try CommandRunner.run(["ingest", "seeds"], in: folder)
        #expect(second.status == 0 && second.stdout.hasPrefix("nothing changed: 2 reports unchanged"), "\(second.stdout)")

        // Take the reports away: the queries can only answer from the store now.
        let fromFolder = try CommandRunner.run(["export"])
        try FileManager.default.moveItem(at: folder.appendingPathComponent("seeds"), to: folder.appendingPathComponent("elsewhere"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        let fromStore = try CommandRunner.run(["export"], in: folder)
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        #expect(fromStore.stdout == fromFolder.stdout)
        let neighbors = try CommandRunner.run(["neighbors", "Onsong County", "--json"], in: folder)
        #expect(neighbors.status == 0 && neighbors.stdout.contains("Ministry of State Security"), "\(neighbors.stderr)")

        let stats = try CommandRunner.run(["stats", "--json"], in: folder)
        #expect(stats.status == 0, "\(stats.stderr)")
        let counts = try JSONSerialization.jsonObject(with: stats.stdoutData) as? [String: Any]
        #expect(counts?["reports"] as? Int == 2)
        #expect((counts?["bytes"] as? Int ?? 0) > 0 && counts?["lastIngest"] is String)
    }

    @Test func aMissingDbIsAnErrorThatSaysHowToCreateIt() throws {
        let result = try CommandRunner.run(["entities", "--db", "/nonexistent/graph.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("linkchart ingest CORPUS --db /nonexistent/graph.sqlite"))
    }

    /// Kills an ingest part-way with SIGKILL: the store must open, pass the integrity check
    /// and hold, for every report it has, all of that report's facts.
    @Test func anIngestKilledPartWayLeavesEveryReportWholeOrAbsent() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dev = CommandRunner.repositoryRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: dev.path).filter { $0.hasSuffix(".txt") }.sorted()
        let corpus = folder.appendingPathComponent("corpus")
        for copy in 0..<200 {
            let sub = corpus.appendingPathComponent(String(format: "c%03d", copy))
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            for file in files { try FileManager.default.copyItem(at: dev.appendingPathComponent(file), to: sub.appendingPathComponent(file)) }
        }
        let total = files.count * 200
        let db = folder.appendingPathComponent("graph.sqlite").path

        let process = try CommandRunner.start(["ingest", corpus.path, "--db", db])
        // Wait until some reports are in, then kill it without warning.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            if FileManager.default.fileExists(atPath: db), let held = try? GraphStore(path: db).statistics().reports, held >= 50 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let store = try GraphStore(path: db)
        #expect(try store.integrityProblems().isEmpty)
        let stored = try store.storedReports()
        #expect(stored.count >= 50 && stored.count < total, "the ingest was not killed part-way: \(stored.count) of \(total)")
        // Every copy of a dev report has the same facts as a fresh extraction of the original.
        let extractor = try Extractor()
        var expected: [String: (entities: Int, relations: Int)] = [:]
        for report in try CorpusReader.read(dev.path).reports {
            let facts = extractor.extract(report)
            expected[report.document.fileName] = (facts.entities.count, facts.relations.count)
        }
        for id in stored.keys.sorted() {
            let facts = try #require(try store.facts(of: id))
            let want = try #require(expected[facts.document.fileName])
            #expect(facts.entities.count == want.entities && facts.relations.count == want.relations, "\(id) is incomplete")
        }

        // Ingesting again finishes the job and adds only what was missing.
        let rerun = try CommandRunner.run(["ingest", corpus.path, "--db", db, "--json"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let answer = try JSONSerialization.jsonObject(with: rerun.stdoutData) as? [String: Any]
        #expect(answer?["added"] as? Int == total - stored.count && answer?["unchanged"] as? Int == stored.count)
    }

    /// Two ingests of one corpus into one store at the same time: both succeed (the second
    /// waits for the lock), and the store is sound and complete.
    @Test func twoIngestsAtOnceBothSucceed() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dev = CommandRunner.repositoryRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/dev")
        let corpus = folder.appendingPathComponent("corpus")
        for copy in 0..<10 {
            try FileManager.default.copyItem(at: dev, to: corpus.appendingPathComponent("c\(copy)"))
        }
        let db = folder.appendingPathComponent("graph.sqlite").path
        let processes = try (0..<2).map { _ in try CommandRunner.start(["ingest", corpus.path, "--db", db]) }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let store = try GraphStore(path: db)
        #expect(try store.integrityProblems().isEmpty)
        let memory = try Extractor().graph(from: CorpusReader.read(corpus.path).reports)
        #expect(try store.graph().jsonData() == memory.jsonData())
    }
}
