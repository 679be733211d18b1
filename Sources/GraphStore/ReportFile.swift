import GraphCore

/// A report's file as the store sees it: which report, where from, and the hash of its
/// text. The store keeps one per report, which `ingest` compares with each
/// ``OfferedReport`` to tell whether the report changed.
public struct ReportFile: Sendable, Hashable {
    /// The report's identifier.
    public var id: DocumentID
    /// ``Document/path`` as the report was read.
    public var path: String
    /// The file's absolute path, which `--prune` checks.
    public var file: String
    /// The hash of the report's text.
    public var hash: ContentHash
    /// What extracted the facts (the extractor's version, see `Extractor.version`): a
    /// report extracted by other rules or data is re-extracted even when its text is the
    /// same. Nil when unknown (a store written before versions were kept).
    public var extraction: String?

    public init(id: DocumentID, path: String, file: String, hash: ContentHash, extraction: String? = nil) {
        self.id = id
        self.path = path
        self.file = file
        self.hash = hash
        self.extraction = extraction
    }
}
