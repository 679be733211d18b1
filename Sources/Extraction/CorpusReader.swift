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
        // Made once: each `URL(fileURLWithPath:)` asks the file system whether it is a folder.
        let root = URL(fileURLWithPath: path, isDirectory: isDirectory.boolValue)
        for file in files {
            let url = isDirectory.boolValue ? root.appendingPathComponent(file.relative, isDirectory: false) : root
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
    ///
    /// Read with `readdir`, whose entries say whether they are folders: a corpus of a
    /// hundred thousand reports is listed without a `stat` per file or a bridged `NSString`
    /// per path. A link is followed to see whether it leads to a folder (left out) or a file;
    /// a dangling link is listed, so that reading it reports it. Links are not descended.
    static func reportFiles(in folder: URL) -> [String] {
        var found: [String] = []
        var pending: [String] = [""]  // folders to read, relative to `folder`
        let root = folder.path
        while let relativeFolder = pending.popLast() {
            let path = relativeFolder.isEmpty ? root : root + "/" + relativeFolder
            guard let directory = opendir(path) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                // Hidden files and folders (`.git`, `.linkchart`), and `.` and `..`.
                guard let first = name.utf8.first, first != UInt8(ascii: ".") else { continue }
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) { type = Self.type(ofEntryAt: path + "/" + name, following: false) }
                if type == UInt8(DT_DIR) {
                    pending.append(relative)
                    continue
                }
                guard Self.hasReportExtension(name) else { continue }
                if type == UInt8(DT_LNK), Self.type(ofEntryAt: path + "/" + name, following: true) == UInt8(DT_DIR) { continue }
                found.append(relative)
            }
        }
        return found.sorted()
    }

    /// Whether the file name ends in one of ``extensions``, in any case (`.TXT`).
    private static func hasReportExtension(_ name: String) -> Bool {
        guard let dot = extensionDot(in: name) else { return false }
        return extensions.contains(String(name[name.index(after: dot)...]).lowercased())
    }

    /// The `d_type` of what is at `path` (`DT_DIR`, `DT_REG`, `DT_LNK`…), read with `lstat`
    /// or, `following` links, `stat`; `DT_UNKNOWN` when neither can read it (a dangling
    /// link followed).
    private static func type(ofEntryAt path: String, following: Bool) -> UInt8 {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return UInt8(DT_UNKNOWN) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFLNK: return UInt8(DT_LNK)
        default: return UInt8(DT_REG)
        }
    }

    /// `relative` without its last component's extension (`sub/report.txt` → `sub/report`),
    /// as `NSString.deletingPathExtension` would cut it.
    static func stripExtension(_ relative: String) -> String {
        extensionDot(in: relative).map { String(relative[..<$0]) } ?? relative
    }

    /// The dot before the extension of `path`'s last component, found on the bytes; nil
    /// when it has none: a leading dot (`.hidden`) or a trailing one (`report.`) is no
    /// extension.
    private static func extensionDot(in path: String) -> String.Index? {
        let utf8 = path.utf8
        let componentStart = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = utf8[componentStart...].lastIndex(of: UInt8(ascii: ".")), dot != componentStart,
            utf8.index(after: dot) != utf8.endIndex
        else { return nil }
        return dot
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
