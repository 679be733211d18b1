import Foundation

/// One gazetteer or lexicon file: UTF-8 lines, `#` comments, blank lines ignored,
/// columns separated by tabs.
struct ResourceFile {
    /// The file's name, for error messages.
    let name: String
    /// The data lines with their 1-based line numbers.
    let rows: [(line: Int, columns: [String])]

    init(url: URL) throws {
        name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ExtractionError.unreadable(file: url.path, reason: "resource file missing")
        }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ExtractionError.malformedResource(file: url.path, line: 0, reason: "not UTF-8")
        }
        // Split on the bytes: every command loads some forty thousand columns, and splitting
        // and trimming them as characters took longer than the rest of the loading.
        var rows: [(Int, [String])] = []
        var number = 0
        for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
            rows.append((number, line.split(separator: 0x09, omittingEmptySubsequences: false).map(Self.trimmedColumn)))
        }
        self.rows = rows
    }

    /// A column without the spaces around it, as `trimmingCharacters(in: .whitespaces)`
    /// gives it.
    private static func trimmedColumn(_ bytes: ArraySlice<UInt8>) -> String {
        ReportReader.trimmed(String(decoding: bytes, as: UTF8.self), newlines: false)
    }

    /// Checks that a row has at least `count` columns.
    func require(_ row: (line: Int, columns: [String]), columns count: Int) throws {
        guard row.columns.count >= count else {
            throw ExtractionError.malformedResource(
                file: name, line: row.line, reason: "expected \(count) tab-separated columns, found \(row.columns.count)")
        }
    }

    /// Every `.tsv` or `.txt` file in `folder`, sorted by name.
    static func all(in folder: URL, extension ext: String) throws -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { folder.appendingPathComponent($0) }
    }
}
