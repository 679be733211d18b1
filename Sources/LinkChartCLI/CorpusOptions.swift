import ArgumentParser

/// Where the reports are: shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: ArgumentHelp("Folder of reports (.txt, .md), read recursively.", valueName: "folder"))
    var corpus: String = "seeds"
}

/// `--json`: machine-readable output instead of tables.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false
}
