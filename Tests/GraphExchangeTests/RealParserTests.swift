import Foundation
import GraphCore
import GraphFixtures
import Testing

@testable import GraphExchange

/// Reads the exports with the parsers the target tools use: networkx's `read_graphml` and
/// `read_gexf`, and Python's csv module for the Neo4j files (`scripts/check-exports.py`).
///
/// These tests fail, never skip, when python3 or networkx is missing: `make test` installs
/// networkx first (`scripts/ensure-networkx.sh`).
@Suite struct RealParserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes every export of `graph` to a new folder and runs the checker on them.
    private func check(_ graph: EntityGraph) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try graph.jsonData().write(to: folder.appendingPathComponent("graph.json"))
        try Data(GraphMLWriter().encode(graph).utf8).write(to: folder.appendingPathComponent("graph.graphml"))
        try Data(GEXFWriter().encode(graph).utf8).write(to: folder.appendingPathComponent("graph.gexf"))
        let neo4j = folder.appendingPathComponent("neo4j")
        try FileManager.default.createDirectory(at: neo4j, withIntermediateDirectories: true)
        for file in Neo4jExport(graph).files {
            try Data(file.contents.utf8).write(to: neo4j.appendingPathComponent(file.name))
        }
        let result = try Self.runChecker([
            folder.appendingPathComponent("graph.json").path,
            "--graphml", folder.appendingPathComponent("graph.graphml").path,
            "--gexf", folder.appendingPathComponent("graph.gexf").path,
            "--neo4j", neo4j.path,
        ])
        #expect(result.status == 0, "check-exports.py failed (status \(result.status)):\n\(result.output)")
    }

    /// Runs `python3 scripts/check-exports.py arguments…`; its status and everything it printed.
    static func runChecker(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/check-exports.py").path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func networkxAndCSVReadTheSampleGraphsExports() throws {
        try check(try Fixtures.sample())
    }

    @Test func networkxAndCSVReadHostileNamesBackAsWritten() throws {
        try check(try hostileGraph())
    }

    @Test func theCheckerRejectsAnExportThatDisagreesWithTheGraph() throws {
        // The checker must be able to fail: a GraphML file of another graph does not pass.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.sample().jsonData().write(to: folder.appendingPathComponent("graph.json"))
        try Data(GraphMLWriter().encode(try hostileGraph()).utf8).write(to: folder.appendingPathComponent("other.graphml"))
        try Data("<graphml><graph>".utf8).write(to: folder.appendingPathComponent("broken.gexf"))
        let result = try Self.runChecker([folder.appendingPathComponent("graph.json").path,
                                          "--graphml", folder.appendingPathComponent("other.graphml").path,
                                          "--gexf", folder.appendingPathComponent("broken.gexf").path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("graphml node count") && result.output.contains("gexf: networkx rejected the file"), "\(result.output)")
    }
}
