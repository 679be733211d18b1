import Extraction
import GraphCore
import GraphQuery

/// Reads a corpus folder and builds its graph, reporting unreadable files on stderr.
///
/// A bad file never stops the others; only a corpus where nothing could be read fails.
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
        return Loaded(graph: extractor.graph(from: result.reports), reports: result.reports, problems: result.problems)
    }

    static func graph(_ corpus: String) throws -> EntityGraph {
        try load(corpus).graph
    }

    /// The corpus's graph, indexed for queries.
    static func index(_ corpus: String) throws -> GraphIndex {
        GraphIndex(try graph(corpus))
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
