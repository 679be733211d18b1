import GraphCore

/// What the store knows of a report's file: enough to tell whether it changed.
public struct StoredReport: Sendable, Hashable {
    /// The report's identifier.
    public var id: DocumentID
    /// ``Document/path`` as it was read.
    public var path: String
    /// The file's absolute path, which `--prune` checks.
    public var file: String
    /// The hash of the text that was extracted.
    public var hash: ContentHash

    public init(id: DocumentID, path: String, file: String, hash: ContentHash) {
        self.id = id
        self.path = path
        self.file = file
        self.hash = hash
    }
}
