/// One report of the corpus: where it came from and what it is called.
public struct Document: Sendable, Hashable, Codable, Identifiable {
    /// The report's identifier, its path inside the corpus without extension.
    public var id: DocumentID
    /// The path the report was read from, as given on the command line plus the report's
    /// path inside the corpus; its last component is always the report's file name.
    public var path: String
    /// The `Title:` header, or else the report's first line.
    public var title: String
    /// The `Date:` header, if the report has one.
    public var date: String?
    /// The `Source:` header (an outlet or URL), if the report has one.
    public var source: String?

    public init(id: DocumentID, path: String, title: String, date: String? = nil, source: String? = nil) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.source = source
    }

    /// The report's file name: the last component of its path.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private enum CodingKeys: String, CodingKey {
        case id, path, title, date, source
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        // `date` is always present (null when unknown), as the contract shows it.
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(source, forKey: .source)
    }
}
