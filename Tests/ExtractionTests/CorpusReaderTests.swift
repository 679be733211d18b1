import Foundation
import Testing
@testable import Extraction

@Suite struct CorpusReaderTests {
    /// A fresh folder under the temporary directory, removed by the caller.
    private func makeFolder(_ files: [String: [UInt8]]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-corpus-\(UUID().uuidString)")
        for (relative, bytes) in files {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root.path
    }

    @Test func readsTxtAndMdRecursivelyInSortedOrder() throws {
        let folder = try makeFolder([
            "b.txt": Array("Second.".utf8), "a/z.md": Array("Nested.".utf8), "a.TXT": Array("First.".utf8),
            "notes.json": Array("{}".utf8), ".hidden/x.txt": Array("Hidden.".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CorpusReader.read(folder + "/")
        #expect(result.reports.map(\.document.id.rawValue) == ["a", "a/z", "b"])
        #expect(result.reports.map(\.document.path) == [folder + "/a.TXT", folder + "/a/z.md", folder + "/b.txt"])
        #expect(result.problems.isEmpty)
    }

    @Test func badFilesAreReportedAndTheOthersStillRead() throws {
        let folder = try makeFolder([
            "good.txt": Array("Hyesan market.".utf8), "latin1.txt": [0x48, 0xE9, 0x6C, 0x6C, 0x6F],
            "image.txt": [0x89, 0x50, 0x00, 0x00], "empty.md": [],
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/broken.txt", withDestinationPath: folder + "/missing-target")
        let result = try CorpusReader.read(folder)
        #expect(result.reports.map(\.document.id.rawValue) == ["good"])
        let messages = result.problems.map(\.description)
        #expect(messages.count == 4)
        #expect(messages.contains { $0.contains("latin1.txt") && $0.contains("UTF-8") })
        #expect(messages.contains { $0.contains("image.txt") && $0.contains("binary") })
        #expect(messages.contains { $0.contains("empty.md") && $0.contains("empty") })
        #expect(messages.contains { $0.contains("broken.txt") && $0.contains("cannot be read") })
    }

    @Test func aMissingPathOrEmptyFolderIsAnError() throws {
        #expect(throws: ExtractionError.missingPath("/nonexistent/linkchart")) {
            try CorpusReader.read("/nonexistent/linkchart")
        }
        let folder = try makeFolder(["readme.json": Array("{}".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: ExtractionError.noReports(folder: folder)) {
            try CorpusReader.read(folder)
        }
    }

    @Test func aSingleFileIsACorpusOfOne() throws {
        let folder = try makeFolder(["only.txt": Array("Text.".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CorpusReader.read(folder + "/only.txt")
        #expect(result.reports.map(\.document.path) == [folder + "/only.txt"])
        #expect(result.reports.first?.document.fileName == "only.txt")
    }

    @Test func aFileIsReadWhole() throws {
        // Larger than the first read's guess would be for an empty file, and not a round size.
        let text = Array(String(repeating: "Hyesan, Ryanggang Province. ", count: 700).utf8)
        let folder = try makeFolder(["long.txt": text, "empty.txt": []])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Array(try CorpusReader.contents(ofFile: folder + "/long.txt", path: "long.txt")) == text)
        #expect(try CorpusReader.contents(ofFile: folder + "/empty.txt", path: "empty.txt").isEmpty)
    }

    @Test func aFileThatCannotBeReadIsNamedWithTheSystemsReason() throws {
        let folder = try makeFolder(["sub/report.txt": Array("Text.".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: ExtractionError.unreadable(file: "sub", reason: "is a folder")) {
            try CorpusReader.contents(ofFile: folder + "/sub", path: "sub")
        }
        #expect(throws: ExtractionError.unreadable(file: "gone.txt", reason: "no such file or directory")) {
            try CorpusReader.contents(ofFile: folder + "/gone.txt", path: "gone.txt")
        }
    }

    @Test func aReportsIdentifierIsItsPathWithoutTheExtension() {
        #expect(CorpusReader.stripExtension("report.txt") == "report")
        #expect(CorpusReader.stripExtension("2019/05/hyesan.arrests.md") == "2019/05/hyesan.arrests")
        #expect(CorpusReader.stripExtension("folder.d/report") == "folder.d/report")
        #expect(CorpusReader.stripExtension("report.") == "report.")
        #expect(CorpusReader.stripExtension("sub/.hidden") == "sub/.hidden")
        #expect(CorpusReader.stripExtension("Ŭnnyul.TXT") == "Ŭnnyul")
    }
}
