import ArgumentParser
import Curation
import GraphCore

extension LinkChart {
    /// Records that a name means another entity in one report.
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "split",
            abstract: "In one report, make NAME a separate entity, called \"NAME (REPORT)\".",
            discussion: """
                For a name that two different people or places share: in the report given, the \
                mentions and relations go to a new entity of the same type named "NAME (REPORT)"; \
                elsewhere NAME is unchanged. Exit 2 when NAME is not named in the report, or only \
                there.
                """)

        @Argument(help: "The entity (name, alias or id).")
        var name: String

        @Option(help: ArgumentHelp("The report where NAME is another entity: its identifier or file name.", valueName: "report"))
        var report: String

        @OptionGroup var decision: DecisionOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            var session = try CurationSession(corpus)
            let entity = try session.resolve(name)
            let document = try session.index.graph.resolveReport(report)
            let reports = entity.documents
            guard reports.contains(document.id) else {
                throw CurationCommandError.cannotSplit(
                    name: name, report: document.id.rawValue,
                    reason: "it is not named there; it is named in \(reports.map(\.rawValue).joined(separator: ", "))")
            }
            guard reports.count > 1 else {
                throw CurationCommandError.cannotSplit(
                    name: name, report: document.id.rawValue,
                    reason: "that is the only report naming it; `linkchart retype` or `linkchart merge` may be what is needed")
            }
            let number = try session.record(.split(CurationSession.handle(entity), report: document.id), decision)
            try session.report(number, json: output.json)
        }
    }
}
