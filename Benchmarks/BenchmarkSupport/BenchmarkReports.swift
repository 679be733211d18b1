import Extraction
import Foundation
import GraphCore

/// The reports the benchmarks are built from: the development reports and the seeds, read
/// from the package folder, and copied under new identifiers to any size.
public enum BenchmarkReports {
    /// The folders read, relative to the package root.
    public static let folders = ["Tests/ExtractionTests/Fixtures/dev", "seeds"]

    /// The package root, from the `#filePath` of a benchmark's `main.swift`
    /// (`Benchmarks/<Name>/main.swift`).
    public static func root(fromMain file: String) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The `.txt` files of ``folders``, in name order, with their folder; the process exits
    /// with a message when there are none, since no figure would mean anything.
    public static func sources(under root: URL) -> [(folder: String, name: String, data: Data)] {
        var sources: [(folder: String, name: String, data: Data)] = []
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) {
                    sources.append((folder, name, data))
                }
            }
        }
        if sources.isEmpty { fail("no reports found under \(root.path)") }
        return sources
    }

    /// The sources read as reports again and again, `round/name` as each copy's identifier,
    /// until `enough` says to stop (it sees the reports so far and the next one's bytes).
    public static func repeated(
        _ sources: [(folder: String, name: String, data: Data)], until enough: (_ reports: [Report], _ nextBytes: Int) -> Bool
    ) -> [Report] {
        var reports: [Report] = []
        var round = 0
        while true {
            for source in sources {
                if enough(reports, source.data.count) { return reports }
                let id = DocumentID(rawValue: String(format: "%05d/", round) + source.name.replacing(".txt", with: ""))
                if let report = try? ReportReader.read(source.data, path: "bench/\(id.rawValue).txt", id: id) {
                    reports.append(report)
                }
            }
            round += 1
        }
    }

    /// The extractor with linkchart's own data; the process exits with the error otherwise.
    public static func extractor() -> Extractor {
        do {
            return try Extractor()
        } catch {
            fail("\(error)")
        }
    }

    /// Writes `message` to standard error and exits with status 1.
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(1)
    }
}
