import ArgumentParser

/// The `linkchart` command: news reports in, a relationship graph of people, places,
/// agencies and events out, with diagrams and questions answered from the command line.
public struct LinkChart: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "linkchart",
        abstract: "Turn news reports into a relationship graph you can question and draw.",
        discussion: """
            Reports are plain-text (.txt) or Markdown (.md) files in a folder. `ingest` keeps \
            their facts in a store (default: .linkchart/graph.sqlite beside the corpus folder); \
            the query and render commands read that store when it holds the corpus (or when \
            --db names one), and otherwise read the corpus folder (default: seeds) and build \
            the graph in memory.

            Exit codes: 0 success; 1 nothing could be read, or a file could not be written \
            or rendered; 2 no entity or several entities go by the name given; 3 no path \
            between the two entities (or, for explain, no direct link); 64 wrong usage. Curation \
            commands (merge, split, alias, reject, retype) and diff also exit with 2 when a \
            decision cannot apply (a rejected name, two names for one entity, an unknown ingest).
            """,
        version: "0.1.0",
        subcommands: [Build.self, Entities.self, Neighbors.self, Path.self, Explain.self, Common.self, Reports.self, Top.self,
                      Search.self, Timeline.self, Render.self, Export.self, Extract.self, Ingest.self, Stats.self,
                      Ingests.self, Diff.self, Merge.self, Split.self, Alias.self, Reject.self, Retype.self, Decisions.self, Serve.self]
    )

    public init() {}
}
