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
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.malformedResource(file: url.path, line: 0, reason: "not UTF-8")
        }
        var rows: [(Int, [String])] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            rows.append((number + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }))
        }
        self.rows = rows
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
