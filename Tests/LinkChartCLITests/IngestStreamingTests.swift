import Foundation
import GraphCore
import GraphStore
import Testing

/// `ingest` checks and hashes every file without keeping it, then reads the new and changed
/// ones again to extract them: the answers must be those of reading everything at once.
@Suite(.serialized) struct IngestStreamingTests {
    @Test func unreadableFilesAreWarnedAboutCountedAndLeftOut() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data("Three traders were arrested in Hyesan, Ryanggang Province.".utf8).write(to: corpus.appendingPathComponent("good.txt"))
        try Data([0x41, 0xFF, 0xFE, 0x41]).write(to: corpus.appendingPathComponent("bad.txt"))
        try Data("   \n\t\n".utf8).write(to: corpus.appendingPathComponent("empty.txt"))
        let result = try CommandRunner.run(["ingest", "corpus", "--db", "store.sqlite", "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("bad.txt") && result.stderr.contains("UTF-8") && result.stderr.contains("empty.txt"))
        let answer = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any]
        #expect(answer?["problems"] as? Int == 2 && answer?["added"] as? Int == 1 && answer?["reports"] as? Int == 1)
        let graph = try GraphStore(path: folder.appendingPathComponent("store.sqlite").path).graph()
        #expect(graph.documents.keys.map(\.rawValue) == ["good"])
        #expect(graph.entities["place:hyesan"] != nil)
    }

    @Test func theHashOfTheBytesIsTheHashOfTheText() {
        let text = "Title: 한국어 “quotes”\n\nOnsong County 🇰🇵"
        #expect(ContentHash(utf8: Array(text.utf8)) == ContentHash(of: text))
    }

    @Test func aSingleFileCorpusIsIngestedAndExportedLikeAFolder() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.repositoryRoot.appendingPathComponent("seeds/000_d642fd3dd39ad37c.txt"),
                                         to: folder.appendingPathComponent("one.txt"))
        let memory = try CommandRunner.run(["export", "--corpus", "one.txt"], in: folder)
        let ingest = try CommandRunner.run(["ingest", "one.txt", "--db", "store.sqlite"], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let stored = try CommandRunner.run(["export", "--corpus", "one.txt", "--db", "store.sqlite"], in: folder)
        #expect(stored.status == 0 && !stored.stdoutData.isEmpty && stored.stdoutData == memory.stdoutData)
    }
}
