/// Problems reading reports or the extraction resources, each naming the file concerned.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path given does not exist.
    case missingPath(String)
    /// The folder holds no `.txt` or `.md` report.
    case noReports(folder: String)
    /// The file could not be read (permissions, a folder where a file was expected...).
    case unreadable(file: String, reason: String)
    /// The file holds NUL bytes or other binary data.
    case binaryFile(file: String)
    /// The file is not valid UTF-8; `byteOffset` is where decoding failed.
    case invalidUTF8(file: String, byteOffset: Int)
    /// The file has no text at all.
    case emptyReport(file: String)
    /// The gazetteer and lexicon files were not found next to the program.
    case resourcesNotFound(searched: [String])
    /// A gazetteer or lexicon file has a line that cannot be read.
    case malformedResource(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingPath(let path):
            "\(path): no such file or folder"
        case .noReports(let folder):
            "\(folder): no reports found (looked for .txt and .md files, recursively)"
        case .unreadable(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .binaryFile(let file):
            "\(file): skipped: binary data, not a text report"
        case .invalidUTF8(let file, let offset):
            "\(file): skipped: not valid UTF-8 text (first bad byte at offset \(offset)); convert it with iconv -t UTF-8"
        case .emptyReport(let file):
            "\(file): skipped: the report is empty"
        case .resourcesNotFound(let searched):
            "extraction data (gazetteer, lexicons) not found; looked in: \(searched.joined(separator: ", ")). Set LINKCHART_RESOURCES to the folder Sources/Extraction/Resources"
        case .malformedResource(let file, let line, let reason):
            "\(file):\(line): \(reason)"
        }
    }
}
