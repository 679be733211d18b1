import ArgumentParser
import Foundation
import GraphStore

/// Where the reports are: shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: ArgumentHelp("Folder of reports (.txt, .md), read recursively.", valueName: "folder"))
    var corpus: String = "seeds"

    @OptionGroup var store: StoreOptions
}

/// `--db`: the store to read or write instead of the default one beside the corpus.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The store (SQLite file) to use; default: .linkchart/graph.sqlite beside the corpus folder, read when it holds the corpus.",
        valueName: "path"))
    var db: String?
}

/// `--json`: machine-readable output instead of tables.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false
}

/// `--corpus` and `--db` for the commands that read only a store (`stats`, `ingests`): the
/// store must exist.
struct ExistingStoreOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: ArgumentHelp("The corpus folder whose default store to read.", valueName: "folder"))
    var corpus: String = "seeds"

    @OptionGroup var store: StoreOptions

    /// The store's path: `--db`, or the default store beside the corpus.
    var path: String { store.db ?? GraphStore.defaultPath(forCorpus: corpus) }

    /// The store, or an error saying how to create it.
    func open() throws -> GraphStore {
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError.noStore(path) }
        return try GraphStore(path: path)
    }
}
