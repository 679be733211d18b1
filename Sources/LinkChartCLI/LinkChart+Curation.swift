import ArgumentParser
import Curation
import Foundation

extension LinkChart {
    /// Lists and removes the decisions in the corpus's curation file.
    struct Decisions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "curation",
            abstract: "List the curation decisions (merge, split, alias, reject, retype) in the order they apply.",
            discussion: """
                The decisions live in linkchart-curation.yaml in the corpus folder, a YAML file that \
                may also be edited by hand. `curation remove N` removes decision N.
                """,
            subcommands: [List.self, Remove.self],
            defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the decisions, numbered in the order they apply.")

            @Option(name: .customLong("corpus"), help: ArgumentHelp("The corpus folder whose curation file to read.", valueName: "folder"))
            var corpus: String = "seeds"

            @OptionGroup var output: OutputOptions

            func run() throws {
                let path = CurationFile.path(forCorpus: corpus)
                let file = try CurationFile.read(from: path)
                let decisions = file.decisions.enumerated().map { DecisionSummary($0.element, number: $0.offset + 1) }
                if output.json {
                    try JSONOutput.print(CurationAnswer(file: path, decisions: decisions))
                    return
                }
                guard !decisions.isEmpty else {
                    print("no decisions in \(path)")
                    return
                }
                var table = TextTable("#", "DECISION", "MADE", "BY", "NOTE")
                for item in decisions {
                    table.add(String(item.number), item.summary.singleLine, item.made, item.by?.singleLine ?? "", item.note?.singleLine ?? "")
                }
                print(table.render())
                print("\(decisions.count) decision\(decisions.count == 1 ? "" : "s") in \(path)")
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Remove decisions by number (as `linkchart curation` lists them); the later ones move up.")

            @Argument(help: ArgumentHelp("The decisions' numbers.", valueName: "n"))
            var numbers: [Int]

            @Option(name: .customLong("corpus"), help: ArgumentHelp("The corpus folder whose curation file to change.", valueName: "folder"))
            var corpus: String = "seeds"

            @OptionGroup var output: OutputOptions

            func run() throws {
                let path = CurationFile.path(forCorpus: corpus)
                var file = try CurationFile.read(from: path)
                for number in numbers where !(1...max(1, file.decisions.count)).contains(number) || file.decisions.isEmpty {
                    throw CurationCommandError.noDecision(String(number), file: path)
                }
                let chosen = Set(numbers)
                let removed = chosen.sorted().map { DecisionSummary(file.decisions[$0 - 1], number: $0) }
                file.decisions = file.decisions.enumerated().filter { !chosen.contains($0.offset + 1) }.map(\.element)
                try file.write(to: path)
                if output.json {
                    try JSONOutput.print(RemovedAnswer(file: path, removed: removed))
                } else {
                    for item in removed { print("removed decision \(item.number): \(item.summary)") }
                }
            }
        }
    }
}

/// The JSON answer of `curation`.
struct CurationAnswer: Encodable {
    var file: String
    var decisions: [DecisionSummary]
}

extension String {
    /// The text on one line: line breaks and tabs shown as `\n`, `\r`, `\t`, so that a name
    /// or note cannot break a table.
    var singleLine: String {
        var out = ""
        for character in unicodeScalars {
            switch character {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
