import Foundation
import GraphCore
import Testing

/// Runs of the built `linkchart export` in every format, from the reports and from the store.
@Suite(.serialized) struct ExportCommandTests {
    static let dev = "Tests/ExtractionTests/Fixtures/dev"

    /// A copy of the corpus at `path` (relative to the repository) in a new folder.
    private func copy(_ path: String) throws -> (folder: URL, corpus: String) {
        let folder = try CommandRunner.temporaryFolder()
        let name = URL(fileURLWithPath: path).lastPathComponent
        let corpus = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let source = CommandRunner.repositoryRoot.appendingPathComponent(path)
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path) where file.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: corpus.appendingPathComponent(file))
        }
        return (folder, name)
    }

    @Test(arguments: ["seeds", dev])
    func jsonAndDOTFromTheStoreEqualTheInMemoryExportByteForByte(_ path: String) throws {
        let (folder, corpus) = try copy(path)
        defer { try? FileManager.default.removeItem(at: folder) }
        var inMemory: [String: Data] = [:]
        for format in ["json", "dot"] {
            let result = try CommandRunner.run(["export", "--corpus", corpus, "--format", format], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            inMemory[format] = result.stdoutData
        }
        let ingest = try CommandRunner.run(["ingest", corpus, "--db", "store.sqlite"], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        // Take the reports away: the export can only come from the store now.
        try FileManager.default.removeItem(at: folder.appendingPathComponent(corpus))
        for format in ["json", "dot"] {
            let result = try CommandRunner.run(["export", "--corpus", corpus, "--db", "store.sqlite", "--format", format], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdoutData.isEmpty)
            #expect(result.stdoutData == inMemory[format], "\(format) from the store differs from the in-memory export of \(path)")
        }
    }

    @Test func graphMLGEXFAndNeo4jOfTheDevReportsLoadInRealParsers() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = CommandRunner.repositoryRoot.appendingPathComponent(Self.dev).path
        for (format, name) in [("json", "graph.json"), ("graphml", "graph.graphml"), ("gexf", "graph.gexf"), ("neo4j", "neo4j")] {
            let result = try CommandRunner.run(["export", "--corpus", corpus, "--format", format, "-o", folder.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(format): \(result.stderr)")
        }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", CommandRunner.repositoryRoot.appendingPathComponent("scripts/check-exports.py").path,
                           folder.appendingPathComponent("graph.json").path,
                           "--graphml", folder.appendingPathComponent("graph.graphml").path,
                           "--gexf", folder.appendingPathComponent("graph.gexf").path,
                           "--neo4j", folder.appendingPathComponent("neo4j").path]
        let pipe = Pipe()
        check.standardOutput = pipe
        check.standardError = pipe
        try check.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "check-exports.py (status \(check.terminationStatus)):\n\(output)")
    }

    @Test func neo4jWithoutAFolderIsAUsageError() throws {
        let result = try CommandRunner.run(["export", "--format", "neo4j"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("-o"))
    }

    @Test func jsonAnswerListsTheFilesWritten() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["export", "--format", "neo4j", "-o", folder.appendingPathComponent("out").path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let answer = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any]
        let files = answer?["files"] as? [String] ?? []
        #expect(files.count == 3 && files.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(answer?["format"] as? String == "neo4j" && answer?["reports"] as? Int == 2)
    }
}
