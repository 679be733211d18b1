import Curation
import Extraction
import Foundation
import GraphCore
import GraphQuery
import GraphStore

/// Reads a corpus folder and builds its graph, reporting unreadable files on stderr.
///
/// A bad file never stops the others; only a corpus where nothing could be read fails.
/// Whichever way the graph is built (extracted now or read from the store), the corpus's
/// curation file is applied to each report's facts before they are merged, so both ways
/// give the same curated graph.
enum CorpusLoader {
    struct Loaded {
        var graph: EntityGraph
        var reports: [Report]
        var problems: [ExtractionError]
    }

    static func load(_ corpus: String) throws -> Loaded {
        let result = try CorpusReader.read(corpus)
        for problem in result.problems { StandardError.write("warning: \(problem)") }
        guard !result.reports.isEmpty else { throw CLIError.nothingRead(corpus) }
        let extractor = try Extractor()
        let curator = try curation(for: corpus).curator
        return Loaded(graph: curator.graph(merging: extractor.extractAll(result.reports)), reports: result.reports, problems: result.problems)
    }

    /// The decisions in the corpus folder's curation file (none when it has no file).
    static func curation(for corpus: String) throws -> CurationFile {
        try CurationFile.read(from: CurationFile.path(forCorpus: corpus))
    }

    /// The corpus's graph: from the store at `db` when given, else from the default store
    /// beside the corpus when it holds this corpus, else extracted from the reports.
    static func graph(_ corpus: String, db: String?) throws -> EntityGraph {
        if let store = try store(for: corpus, db: db) { return try graph(from: store, corpus: corpus) }
        return try load(corpus).graph
    }

    /// The graph `store` holds, with the curation file of `corpus` applied: what every
    /// command that reads a store must show (`store.graph()` alone is uncurated).
    static func graph(from store: GraphStore, corpus: String) throws -> EntityGraph {
        try curation(for: corpus).curator.graph(merging: store.facts())
    }

    static func graph(_ options: CorpusOptions) throws -> EntityGraph {
        try graph(options.corpus, db: options.store.db)
    }

    /// The corpus's graph, indexed for queries.
    static func index(_ options: CorpusOptions) throws -> GraphIndex {
        GraphIndex(try graph(options))
    }

    /// The store to read `corpus` from, or nil to extract it.
    ///
    /// A store named by `--db` must exist. The default store is used only when it exists and
    /// `ingest` has filled it from this very folder: two corpora in one parent folder share
    /// the default file, and a query of one must not answer from the other.
    static func store(for corpus: String, db: String?) throws -> GraphStore? {
        if let db {
            guard FileManager.default.fileExists(atPath: db) else { throw CLIError.noStore(db) }
            return try GraphStore(path: db)
        }
        let path = GraphStore.defaultPath(forCorpus: corpus)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let store = try GraphStore(path: path)
        return try store.corpora().contains(absolutePath(corpus)) ? store : nil
    }

    /// `path` made absolute and standardised, as the store records corpus folders.
    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

extension GraphIndex {
    /// The entity a user means by `name`, or an error listing candidates or suggestions.
    func resolve(_ name: String) throws -> Entity {
        switch lookup(name) {
        case .found(let entity): return entity
        case .ambiguous(let candidates): throw CLIError.ambiguous(name: name, candidates: candidates)
        case .notFound(let suggestions): throw CLIError.noEntity(name: name, suggestions: suggestions)
        }
    }
}
