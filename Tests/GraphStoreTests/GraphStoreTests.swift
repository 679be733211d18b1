import Extraction
import Foundation
import GraphCore
@testable import GraphStore
import GRDB
import Synchronization
import Testing

@Suite struct GraphStoreTests {
    @Test func storeGivesBackTheInMemoryGraphOnTheSeeds() throws {
        let store = try GraphStore()
        let summary = try StoreFixtures.ingest(StoreFixtures.seeds, into: store)
        #expect(summary.added.count == 2)
        let reports = try StoreFixtures.reports(StoreFixtures.seeds)
        let memory = StoreFixtures.extractor.graph(from: reports)
        let stored = try store.graph()
        #expect(stored.entities.count == memory.entities.count && stored.relations.count == memory.relations.count)
        #expect(try stored.jsonData() == memory.jsonData())
    }

    @Test func storeGivesBackTheInMemoryGraphOnTheDevReports() throws {
        let store = try GraphStore()
        try StoreFixtures.ingest(StoreFixtures.dev, into: store)
        let memory = StoreFixtures.extractor.graph(from: try StoreFixtures.reports(StoreFixtures.dev))
        #expect(try store.graph().jsonData() == memory.jsonData())
    }

    @Test func reingestingAnUnchangedCorpusWritesNothing() throws {
        let store = try GraphStore()
        try StoreFixtures.ingest(StoreFixtures.seeds, into: store)
        let before = try store.writer.read { db in db.totalChangesCount }
        let reports = try StoreFixtures.reports(StoreFixtures.seeds)
        let summary = try store.ingest(
            StoreFixtures.offered(reports, corpus: StoreFixtures.seeds), prune: true,
            hash: { ContentHash(of: reports[$0].text) },
            extract: { _ in
                Issue.record("nothing should be extracted")
                throw CancellationError()
            })
        #expect(summary.unchanged.count == 2 && !summary.changedStore)
        #expect(try store.writer.read { db in db.totalChangesCount } == before)
    }

    /// A new report is read once (extracted, never hashed apart); a stored one is only
    /// hashed, and read again only when its hash changed.
    @Test func eachReportIsReadOnlyAsOftenAsItMustBe() throws {
        let store = try GraphStore()
        let reports = try StoreFixtures.reports(StoreFixtures.dev)
        let hashed = Mutex<[Int]>([])
        let extracted = Mutex<[Int]>([])
        // The hash of each report's file as it is now: an edited file hashes differently.
        @Sendable func hash(_ index: Int, edited: Int?) -> ContentHash {
            ContentHash(of: reports[index].text + (index == edited ? " edited" : ""))
        }
        func ingest(edited: Int? = nil) throws -> IngestSummary {
            hashed.withLock { $0 = [] }
            extracted.withLock { $0 = [] }
            return try store.ingest(
                StoreFixtures.offered(reports, corpus: StoreFixtures.dev), prune: false, lookahead: 3,
                hash: { index in
                    hashed.withLock { $0.append(index) }
                    return hash(index, edited: edited)
                },
                extract: { index in
                    extracted.withLock { $0.append(index) }
                    return ExtractedReport(facts: StoreFixtures.extractor.extract(reports[index]), hash: hash(index, edited: edited))
                })
        }
        let all = Array(reports.indices)
        #expect(try ingest().added.count == reports.count)
        #expect(hashed.withLock { $0 }.isEmpty && extracted.withLock { $0 }.sorted() == all)
        #expect(try ingest().unchanged.count == reports.count)
        #expect(hashed.withLock { $0 }.sorted() == all && extracted.withLock { $0 }.isEmpty)
        let summary = try ingest(edited: 4)
        #expect(summary.changed == [reports[4].document.id] && summary.unchanged.count == reports.count - 1)
        #expect(hashed.withLock { $0 }.sorted() == all && extracted.withLock { $0 } == [4])
        #expect(try store.storedReports()[reports[4].document.id]?.hash == hash(4, edited: 4))
    }

    /// The workers run at most `lookahead` reports ahead of the writer, which writes (and
    /// reports progress on) the reports in the order offered, whatever order they are
    /// extracted in.
    @Test(arguments: [1, 2, 5])
    func workersStayAFewReportsAheadOfTheWriter(lookahead: Int) throws {
        let store = try GraphStore()
        let reports = try StoreFixtures.reports(StoreFixtures.dev)
        let written = Mutex(0)
        let ahead = Mutex(0)
        var order: [DocumentID] = []
        var counts: [Int] = []
        let summary = try store.ingest(
            StoreFixtures.offered(reports, corpus: StoreFixtures.dev), prune: false, lookahead: lookahead,
            progress: { progress in
                written.withLock { $0 = progress.done }
                order.append(progress.report)
                counts.append(progress.done)
            },
            hash: { index in ContentHash(of: reports[index].text) },
            extract: { index in
                // A new store: the work is every report, in order, so `index` is its position.
                let lead = index - written.withLock { $0 }
                ahead.withLock { $0 = max($0, lead) }
                if index % 3 == 0 { usleep(2_000) }  // out of order
                return ExtractedReport(facts: StoreFixtures.extractor.extract(reports[index]), hash: ContentHash(of: reports[index].text))
            })
        #expect(summary.added == reports.map(\.document.id))
        #expect(order == reports.map(\.document.id) && counts == Array(1...reports.count))
        // One taken by the writer and not yet written, and `lookahead` more.
        #expect(ahead.withLock { $0 } <= lookahead)
        #expect(try store.storedReports().count == reports.count)
    }

    /// A report `extract` cannot read is handed to `problem`, in order, counts as neither
    /// added nor changed, and keeps what the store had of it.
    @Test func aReportThatCannotBeReadIsAProblemAndKeepsItsOldFacts() throws {
        struct Unreadable: Error {}
        let store = try GraphStore()
        let reports = try StoreFixtures.reports(StoreFixtures.dev)
        try StoreFixtures.ingest(reports, from: StoreFixtures.dev, into: store)
        let before = try #require(try store.facts(of: reports[2].document.id))
        var problems: [DocumentID] = []
        let summary = try store.ingest(
            StoreFixtures.offered(reports, corpus: StoreFixtures.dev, extraction: "another extractor") + [
                OfferedReport(id: "new", path: "dev/new.txt", file: "/nonexistent/new.txt"),
            ],
            prune: true,
            problem: { report, error in
                #expect(error is Unreadable)
                problems.append(report.id)
            },
            hash: { _ in throw Unreadable() },
            extract: { index in
                guard index != 2 && index != 5 && index < reports.count else { throw Unreadable() }
                return ExtractedReport(facts: StoreFixtures.extractor.extract(reports[index]), hash: ContentHash(of: reports[index].text))
            })
        #expect(problems == [reports[2].document.id, reports[5].document.id, "new"])
        #expect(summary.changed.count == reports.count - 2 && summary.added.isEmpty && summary.unchanged.isEmpty)
        // The files are there: nothing is pruned.
        #expect(summary.pruned.isEmpty && summary.missing.isEmpty)
        let after = try #require(try store.facts(of: reports[2].document.id))
        #expect(try EntityGraph(merging: [after]).jsonData() == EntityGraph(merging: [before]).jsonData())
        #expect(try store.storedReports()[reports[2].document.id]?.extraction == nil)
        #expect(try store.storedReports()["new"] == nil)
    }

    @Test func reportsExtractedByOtherRulesOrDataAreExtractedAgain() throws {
        let store = try GraphStore()
        let reports = try StoreFixtures.reports(StoreFixtures.seeds)
        func ingest(_ version: String?) throws -> IngestSummary {
            try StoreFixtures.ingest(reports, from: StoreFixtures.seeds, into: store, extraction: version)
        }
        #expect(try ingest("1-aaaa").added.count == 2)
        #expect(try ingest("1-aaaa").unchanged.count == 2)
        // Another extractor: same texts, but the facts came from other rules.
        #expect(try ingest("2-bbbb").changed.count == 2)
        #expect(try ingest("2-bbbb").unchanged.count == 2)
        #expect(try store.storedReports().values.allSatisfy { $0.extraction == "2-bbbb" })
        // A caller that gives no version compares texts only.
        #expect(try ingest(nil).unchanged.count == 2)
        // The version this build's extractor reports names its rules and its data.
        #expect(StoreFixtures.extractor.version.hasPrefix("\(ExtractionVersion.rules)-"))
    }

    @Test func editingOneReportChangesOnlyItsFacts() throws {
        let folder = try StoreFixtures.copy(StoreFixtures.seeds)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore()
        try StoreFixtures.ingest(folder.path, into: store)
        let untouched: DocumentID = "000_d642fd3dd39ad37c"
        let edited: DocumentID = "001_fcbe7c6613cc3779"
        let keptBefore = try #require(try store.facts(of: untouched))
        let editedBefore = try #require(try store.facts(of: edited))

        let file = folder.appendingPathComponent("\(edited).txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\nKim Jong Un visited Hyesan with officials of the Ministry of State Security.\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let summary = try StoreFixtures.ingest(folder.path, into: store)
        #expect(summary.changed == [edited] && summary.unchanged == [untouched] && summary.added.isEmpty)

        let keptAfter = try #require(try store.facts(of: untouched))
        let editedAfter = try #require(try store.facts(of: edited))
        #expect(try graphJSON(keptAfter) == graphJSON(keptBefore))
        #expect(try graphJSON(editedAfter) != graphJSON(editedBefore))
        #expect(editedAfter.entities.contains { $0.name == "Hyesan" })
        // The whole store is what a fresh extraction of the edited corpus gives.
        let memory = StoreFixtures.extractor.graph(from: try StoreFixtures.reports(folder.path))
        #expect(try store.graph().jsonData() == memory.jsonData())
    }

    @Test func entitiesNoReportMentionsAnyMoreDisappear() throws {
        let folder = try StoreFixtures.copy(StoreFixtures.seeds)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore()
        let file = folder.appendingPathComponent("001_fcbe7c6613cc3779.txt")
        let original = try String(contentsOf: file, encoding: .utf8)
        try (original + "\nOfficials from Wonsan met traders from Chongjin.\n").write(to: file, atomically: true, encoding: .utf8)
        try StoreFixtures.ingest(folder.path, into: store)
        #expect(try store.graph().entities["place:wonsan"] != nil)
        try original.write(to: file, atomically: true, encoding: .utf8)
        try StoreFixtures.ingest(folder.path, into: store)
        #expect(try store.graph().entities["place:wonsan"] == nil)
        // No row of the store names it any more.
        let rows = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report_facts WHERE instr(facts, CAST('place:wonsan' AS BLOB)) > 0")
        }
        #expect(rows == 0)
        #expect(try store.statistics().entities["place"] == store.graph().entities.values.filter { $0.kind == .place }.count)
    }

    @Test func aRemovedReportIsDroppedOnlyWithPrune() throws {
        let folder = try StoreFixtures.copy(StoreFixtures.seeds)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore()
        try StoreFixtures.ingest(folder.path, into: store)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("000_d642fd3dd39ad37c.txt"))
        let kept = try StoreFixtures.ingest(folder.path, into: store)
        #expect(kept.missing == ["000_d642fd3dd39ad37c"] && kept.pruned.isEmpty)
        #expect(try store.graph().documents.count == 2)
        let pruned = try StoreFixtures.ingest(folder.path, into: store, prune: true)
        #expect(pruned.pruned == ["000_d642fd3dd39ad37c"])
        let memory = StoreFixtures.extractor.graph(from: try StoreFixtures.reports(folder.path))
        #expect(try store.graph().jsonData() == memory.jsonData())
    }

    @Test func hostileNamesSurvive() throws {
        let store = try GraphStore()
        let hostile = ["O'Brien \"the Red\"", "'); DROP TABLE entities; --", "two\nlines", "back\\slash %_ ?1 :name", "한국어 Pyŏngyang"]
        let document = Document(id: "x'); DROP TABLE documents; --", path: "x/'quote\".txt", title: "Robert'); DROP TABLE mentions;--", date: nil, source: "a\nb")
        let entities = hostile.enumerated().map { index, name in
            Entity(id: EntityID(kind: .person, name: name + "\(index)"), name: name, kind: .person, aliases: [name + "'"],
                   mentions: [Mention(document: document.id, sentence: 0, start: index * 10, end: index * 10 + 5, text: name)])
        }
        let relation = Relation(source: entities[0].id, target: entities[1].id, kind: "works_for",
                                evidence: [Evidence(document: document.id, sentence: 0, text: hostile.joined(separator: " "))])
        let facts = ReportFacts(document: document, entities: entities, relations: [relation])
        try store.replace(facts, file: "/tmp/'; DROP TABLE evidence;", hash: ContentHash(of: "x"))
        #expect(try store.graph().jsonData() == EntityGraph(merging: [facts]).jsonData())
        #expect(try store.storedReports()[document.id]?.file == "/tmp/'; DROP TABLE evidence;")
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func statisticsCountWhatTheStoreHolds() throws {
        let store = try GraphStore()
        try StoreFixtures.ingest(StoreFixtures.seeds, into: store)
        let graph = try store.graph()
        let stats = try store.statistics()
        #expect(stats.reports == 2)
        #expect(stats.entities.values.reduce(0, +) == graph.entities.count)
        #expect(stats.relations.values.reduce(0, +) == graph.relations.count)
        #expect(stats.lastIngest != nil)
    }

    @Test func aStoreOnDiskIsCreatedBesideTheCorpusAndReopens() throws {
        #expect(GraphStore.defaultPath(forCorpus: "seeds") == "./.linkchart/graph.sqlite")
        #expect(GraphStore.defaultPath(forCorpus: "/data/reports/") == "/data/.linkchart/graph.sqlite")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".linkchart/graph.sqlite").path
        do {
            let store = try GraphStore(path: path)
            try StoreFixtures.ingest(StoreFixtures.seeds, into: store)
        }
        let reopened = try GraphStore(path: path)
        #expect(try reopened.graph().documents.count == 2)
        #expect(try reopened.integrityProblems().isEmpty)
        let mode = try reopened.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    private func graphJSON(_ facts: ReportFacts) throws -> Data {
        try EntityGraph(merging: [facts]).jsonData()
    }

    @Test func ingestsAreNumberedAndEachReportKnowsWhenItWasWritten() throws {
        let store = try GraphStore()
        #expect(try store.ingestRecords().isEmpty)
        let folder = try StoreFixtures.copy(StoreFixtures.seeds)
        defer { try? FileManager.default.removeItem(at: folder) }
        try StoreFixtures.ingest(folder.path, into: store)
        try StoreFixtures.ingest(folder.path, into: store)  // unchanged: not recorded
        let edited = folder.appendingPathComponent("000_d642fd3dd39ad37c.txt")
        try (try String(contentsOf: edited, encoding: .utf8) + "\nA new line.\n").write(to: edited, atomically: true, encoding: .utf8)
        try StoreFixtures.ingest(folder.path, into: store)
        let records = try store.ingestRecords()
        #expect(records.map(\.number) == [1, 2])
        #expect(records[0].added == 2 && records[1].changed == 1 && records[1].added == 0)
        let times = try store.reportWriteTimes()
        #expect(times["001_fcbe7c6613cc3779"].map { $0 <= records[0].finished } == true)
        #expect(times["000_d642fd3dd39ad37c"].map { $0 > records[0].finished && $0 <= records[1].finished } == true)
    }
}
