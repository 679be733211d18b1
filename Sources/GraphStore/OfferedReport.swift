import GraphCore

/// A report file offered to ``GraphStore/ingest(_:prune:lookahead:progress:problem:hash:extract:)``
/// before it is read: which report, where it is, and what would extract it.
///
/// Ingest reads a file only when it must: a report the store holds from the same file and
/// extractor is hashed to see whether it changed; a new or changed one is read once, and its
/// hash taken from the very bytes it is extracted from.
public struct OfferedReport: Sendable, Hashable {
    /// The report's identifier.
    public var id: DocumentID
    /// ``Document/path`` as the report will be read.
    public var path: String
    /// The file's absolute path, which `--prune` checks.
    public var file: String
    /// What would extract the facts (the extractor's version, see `Extractor.version`): a
    /// report the store holds from another version is extracted again even when its text
    /// is the same. Nil to compare texts only.
    public var extraction: String?

    public init(id: DocumentID, path: String, file: String, extraction: String? = nil) {
        self.id = id
        self.path = path
        self.file = file
        self.extraction = extraction
    }
}

/// One offered report read and extracted: its facts, and the hash of the bytes they were
/// extracted from (so that what the store records as the report's hash is the hash of the
/// text behind its facts, however the file changes afterwards).
public struct ExtractedReport: Sendable {
    public var facts: ReportFacts
    public var hash: ContentHash

    public init(facts: ReportFacts, hash: ContentHash) {
        self.facts = facts
        self.hash = hash
    }
}
