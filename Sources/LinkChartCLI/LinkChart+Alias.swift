import ArgumentParser
import Foundation
import Curation
import GraphCore

extension LinkChart {
    /// Adds and removes aliases that analysts give entities.
    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alias",
            abstract: "Add or remove an alias: a name that, wherever a report uses it, means NAME.",
            subcommands: [Add.self, Remove.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Make ALIAS mean NAME: an entity a report calls ALIAS becomes NAME, and NAME is found by ALIAS.",
                discussion: """
                    NAME must be an entity; ALIAS need not be named by any report yet, so a decision \
                    can be made before the reports that use the name arrive. Exit 2 when NAME names \
                    no entity or several.
                    """)

            @Argument(help: "The entity (name, alias or id).")
            var name: String

            @Argument(help: "The other name.")
            var alias: String

            @OptionGroup var decision: DecisionOptions
            @OptionGroup var corpus: CorpusOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard !alias.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("ALIAS must not be empty") }
            }

            func run() throws {
                var session = try CurationSession(corpus)
                let entity = try session.resolve(name)
                if entity.forms.contains(where: { NameKey($0) == NameKey(alias) }) {
                    try session.reportNothing("\"\(alias)\" already names \"\(entity.name)\"", json: output.json)
                    return
                }
                if case .found(let other) = session.index.lookup(alias), NameKey(other.name) == NameKey(alias) {
                    StandardError.write("note: \"\(alias)\" is the name of \(other.name) (\(other.kind.rawValue), id \(other.id)); it becomes \"\(entity.name)\"")
                }
                let number = try session.record(.alias(CurationSession.handle(entity), alias: alias), decision)
                try session.report(number, json: output.json)
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Remove the decisions that made ALIAS an alias of NAME.",
                discussion: "Exit 2 when there is no such decision.")

            @Argument(help: "The entity, as the decision names it (name or id).")
            var name: String

            @Argument(help: "The alias.")
            var alias: String

            @OptionGroup var corpus: CorpusOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                var session = try CurationSession(corpus)
                let numbers = session.file.decisions.indices.filter { index in
                    guard case .alias(let entity, let form) = session.file.decisions[index].action else { return false }
                    return (entity.id.rawValue == name || NameKey(entity.name) == NameKey(name)) && NameKey(form) == NameKey(alias)
                }.map { $0 + 1 }
                guard !numbers.isEmpty else {
                    throw CurationCommandError.noDecision("making \"\(alias)\" an alias of \"\(name)\"", file: session.path)
                }
                let removed = numbers.map { DecisionSummary(session.file.decisions[$0 - 1], number: $0) }
                try session.remove(numbers)
                if output.json {
                    try JSONOutput.print(RemovedAnswer(file: session.path, removed: removed))
                } else {
                    for item in removed { print("removed decision \(item.number): \(item.summary)") }
                }
            }
        }
    }
}

/// The JSON answer of `alias remove` and `curation remove`: the decisions removed, with the
/// numbers they had.
struct RemovedAnswer: Encodable {
    var file: String
    var removed: [DecisionSummary]
}
