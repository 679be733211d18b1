import Foundation
import GraphCore

/// Finds and reads the reports under a folder.
///
/// Every `.txt` and `.md` file below the folder is read, recursively, in sorted order;
/// hidden files and folders (`.git`, `.linkchart`) are skipped. A report that cannot be
/// read is reported as a problem and the others are still read.
public enum CorpusReader {
    /// What reading a corpus gave: the reports, and the files that could not be read.
    public struct Result: Sendable {
        public var reports: [Report]
        public var problems: [ExtractionError]
    }

    static let extensions: Set<String> = ["txt", "md"]

    /// Reads the report at `path`, or every report in the folder at `path`.
    ///
    /// - Throws: ``ExtractionError/missingPath(_:)`` when nothing is at `path`, and
    ///   ``ExtractionError/noReports(folder:)`` when the folder holds no report files.
    public static func read(_ path: String) throws -> Result {
        var result = Result(reports: [], problems: [])
        result.problems = try forEach(path) { result.reports.append($0) }
        return result
    }

    /// Reads the reports under `path` one at a time, in the order ``read(_:)`` gives them,
    /// handing each to `body` and keeping none. Returns the files that could not be read.
    ///
    /// - Throws: as ``read(_:)``.
    public static func forEach(_ path: String, _ body: (Report) throws -> Void) throws -> [ExtractionError] {
        try forEachFile(path) { url, display, id in
            try body(try readReport(at: url, path: display, id: id))
        }
    }

    /// Visits the report files under `path`, in the order ``read(_:)`` reads them, without
    /// reading them: `body` gets each file's location, the path the graph names it by and
    /// its identifier. An ``ExtractionError`` that `body` throws is collected and returned,
    /// and the other files are still visited.
    ///
    /// - Throws: as ``read(_:)``, and any other error `body` throws.
    public static func forEachFile(
        _ path: String, _ body: (_ url: URL, _ path: String, _ id: DocumentID) throws -> Void
    ) throws -> [ExtractionError] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExtractionError.missingPath(path)
        }
        let display = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        var files: [(relative: String, display: String)] = []
        if isDirectory.boolValue {
            files = reportFiles(in: URL(fileURLWithPath: path)).map { ($0, display + "/" + $0) }
            if files.isEmpty { throw ExtractionError.noReports(folder: display) }
        } else {
            files = [(URL(fileURLWithPath: path).lastPathComponent, display)]
        }
        var problems: [ExtractionError] = []
        for file in files {
            let url = isDirectory.boolValue
                ? URL(fileURLWithPath: path).appendingPathComponent(file.relative) : URL(fileURLWithPath: path)
            do {
                try body(url, file.display, DocumentID(rawValue: stripExtension(file.relative)))
            } catch let error as ExtractionError {
                problems.append(error)
            }
        }
        return problems
    }

    /// The bytes of the report file at `url` (`path` is how the graph names it).
    ///
    /// - Throws: ``ExtractionError/unreadable(file:reason:)``.
    public static func contents(of url: URL, path: String) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ExtractionError.unreadable(file: path, reason: reason(for: error, at: url))
        }
    }

    /// Reads one report file: `url` is where it is, `path` how the graph names it.
    ///
    /// - Throws: ``ExtractionError/unreadable(file:reason:)`` and the errors of
    ///   ``ReportReader/read(_:path:id:)``.
    public static func readReport(at url: URL, path: String, id: DocumentID) throws -> Report {
        try ReportReader.read(try contents(of: url, path: path), path: path, id: id)
    }

    /// Paths of report files below `folder`, relative to it, sorted.
    static func reportFiles(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            let ext = (relative as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            // A dangling link does not "exist" but is listed, so that reading it reports it.
            if !exists || !isDirectory.boolValue { found.append(relative) }
        }
        return found.sorted()
    }

    static func stripExtension(_ relative: String) -> String {
        let ext = (relative as NSString).pathExtension
        return ext.isEmpty ? relative : String(relative.dropLast(ext.count + 1))
    }

    private static func reason(for error: any Error, at url: URL) -> String {
        if !FileManager.default.isReadableFile(atPath: url.path) { return "permission denied" }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "is a folder"
        }
        return (error as NSError).localizedDescription
    }
}
