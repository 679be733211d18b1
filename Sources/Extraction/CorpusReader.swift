import Foundation
#if canImport(Glibc)
import Glibc
#endif
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
        try forEachFile(path) { file, display, id in
            try body(try readReport(atFile: file, path: display, id: id))
        }
    }

    /// Visits the report files under `path`, in the order ``read(_:)`` reads them, without
    /// reading them: `body` gets each file's location (a file system path, which
    /// ``contents(ofFile:path:)`` reads), the path the graph names it by and its identifier.
    /// An ``ExtractionError`` that `body` throws is collected and returned, and the other
    /// files are still visited.
    ///
    /// Locations are plain strings: a `URL` per file cost more than reading its directory
    /// entry.
    ///
    /// - Throws: as ``read(_:)``, and any other error `body` throws.
    public static func forEachFile(
        _ path: String, _ body: (_ file: String, _ path: String, _ id: DocumentID) throws -> Void
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
        let root = URL(fileURLWithPath: path, isDirectory: isDirectory.boolValue).path
        let folder = root.hasSuffix("/") ? root : root + "/"
        for file in files {
            do {
                try body(isDirectory.boolValue ? folder + file.relative : root, file.display, DocumentID(rawValue: stripExtension(file.relative)))
            } catch let error as ExtractionError {
                problems.append(error)
            }
        }
        return problems
    }

    /// The bytes of the report file at `file`, a file system path (`path` is how the graph
    /// names it).
    ///
    /// Read with `open`, `fstat` and `read` into one buffer the size of the file, which the
    /// `Data` then owns: a fifth of the cost of `Data(contentsOf:)` for a report of a few
    /// kilobytes, which ingest pays once per report.
    ///
    /// - Throws: ``ExtractionError/unreadable(file:reason:)``, its reason saying what the
    ///   system said (`permission denied`, `is a folder`, `no such file or directory`…).
    public static func contents(ofFile file: String, path: String) throws -> Data {
        func failure(_ code: Int32) -> ExtractionError { .unreadable(file: path, reason: reason(for: code)) }
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(errno) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw failure(EISDIR) }
        // The size is a first guess (a file may grow, a device reports 0): read to the end.
        var capacity = max(Int(info.st_size), 4_096) + 1
        guard var buffer = malloc(capacity) else { throw failure(ENOMEM) }
        var count = 0
        while true {
            if count == capacity {
                capacity *= 2
                guard let larger = realloc(buffer, capacity) else {
                    free(buffer)
                    throw failure(ENOMEM)
                }
                buffer = larger
            }
            let got = Glibc.read(descriptor, buffer + count, capacity - count)
            if got > 0 {
                count += got
            } else if got == 0 {
                break
            } else if errno != EINTR {
                let code = errno
                free(buffer)
                throw failure(code)
            }
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
    }

    /// Reads one report file: `file` is where it is (a file system path), `path` how the
    /// graph names it.
    ///
    /// - Throws: ``ExtractionError/unreadable(file:reason:)`` and the errors of
    ///   ``ReportReader/read(_:path:id:)``.
    public static func readReport(atFile file: String, path: String, id: DocumentID) throws -> Report {
        try ReportReader.read(try contents(ofFile: file, path: path), path: path, id: id)
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

    /// What went wrong, in the words of the system's error `code`, lower-cased to sit after
    /// "cannot be read:".
    private static func reason(for code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a folder"
        default:
            let message = String(cString: strerror(code))
            return message.prefix(1).lowercased() + message.dropFirst()
        }
    }
}
