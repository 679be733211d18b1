import ArgumentParser
import Diagrams
import GraphCore
import GraphQuery
import QueryAnswers

extension LinkChart {
    /// Shows how two entities are connected.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "path",
            abstract: "Show the shortest chain of relations from A to B, each hop with its evidence.",
            discussion: """
                Fewest hops first; among chains of equal length, typed relations and \
                better-supported links are preferred. With --all, every chain without a repeated \
                entity of at most --max-length hops, cheapest first (at most --limit, default 10; \
                the search stops after examining 2,000,000 links and says so).
                """)

        @Argument(help: "Where the chain starts (name, alias or id).")
        var from: String

        @Argument(help: "Where the chain ends (name, alias or id).")
        var to: String

        @Flag(help: "List all chains up to --max-length hops, not just the best.")
        var all = false

        @Option(name: .customLong("max-length"), help: ArgumentHelp("With --all: the most hops a chain may have.", valueName: "n"))
        var maxLength: Int = 3

        @Option(help: ArgumentHelp("Also draw the chain (or, with --all, the chains listed) to this file: .svg, .dot, .png or .pdf.", valueName: "file"))
        var render: String?

        @OptionGroup var relation: RelationFilterOptions
        @OptionGroup var limit: LimitOptions
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (1...8).contains(maxLength) else { throw ValidationError("--max-length must be between 1 and 8") }
            if let render, DiagramFormat.inferred(from: render) == nil {
                throw ValidationError("cannot tell the format from \"\(render)\"; name a .svg, .dot, .png or .pdf file")
            }
        }

        /// Draws the entities and relations of `paths` to the `--render` file, if one was asked for.
        private func draw(_ paths: [EntityPath], _ index: GraphIndex, from start: Entity, to goal: Entity) throws {
            guard let render, let format = DiagramFormat.inferred(from: render) else { return }
            let relations = Set(paths.flatMap { $0.steps.map(\.relation.id) })
            let ids = Set(paths.flatMap { $0.steps.flatMap { [$0.from, $0.to] } } + [start.id, goal.id])
            let chain = index.graph.subgraph(keeping: ids, relations: relations)
            let diagram = Diagram.subgraph(chain, name: "path", title: "\(start.name) → \(goal.name)", focus: start.id)
            try FileWriter.write(try diagram.renderForCommand(format: format).bytes, to: render)
            StandardError.write("wrote \(render): \(chain.entities.count) entities, \(chain.relations.count) relations")
        }

        func run() throws {
            let index = try CorpusLoader.index(corpus)
            let start = try index.resolve(from)
            let goal = try index.resolve(to)
            if all {
                try runAll(index, start, goal)
                return
            }
            guard let path = index.shortestPath(from: start.id, to: goal.id, relationKinds: relation.kinds) else {
                throw CLIError.noPath(from: start.name, to: goal.name)
            }
            try draw([path], index, from: start, to: goal)
            if output.json {
                try JSONOutput.print(PathAnswer(path, from: start, to: goal, in: index))
                return
            }
            print("\(start.name) → \(goal.name): \(path.steps.count) hop\(path.steps.count == 1 ? "" : "s")")
            Self.printSteps(path, index)
        }

        private func runAll(_ index: GraphIndex, _ start: Entity, _ goal: Entity) throws {
            guard let set = index.allPaths(from: start.id, to: goal.id, maxLength: maxLength, limit: limit.limit ?? 10,
                                           relationKinds: relation.kinds), !set.paths.isEmpty else {
                throw CLIError.noPath(from: start.name, to: goal.name)
            }
            try draw(set.paths, index, from: start, to: goal)
            if output.json {
                try JSONOutput.print(AllPathsAnswer(set, from: start, to: goal, maxLength: maxLength, in: index))
                return
            }
            let seen = set.complete ? "\(set.found)" : "at least \(set.found) (search stopped at its budget)"
            print("\(start.name) → \(goal.name): \(seen) chain\(set.found == 1 ? "" : "s") of at most \(maxLength) hops")
            for (number, path) in set.paths.enumerated() {
                print("")
                print("chain \(number + 1): \(path.steps.count) hop\(path.steps.count == 1 ? "" : "s"), cost \(path.cost)")
                Self.printSteps(path, index)
            }
            if let more = LimitOptions.moreLine(set.found - set.paths.count) { print(""); print(more) }
        }

        private static func printSteps(_ path: EntityPath, _ index: GraphIndex) {
            for (number, step) in path.steps.enumerated() {
                let a = index.entity(step.from)?.name ?? step.from.rawValue
                let b = index.entity(step.to)?.name ?? step.to.rawValue
                print("\(number + 1). \(a) \(RelationText.arrow(step.relation, from: step.from)) \(b)  (weight \(step.relation.weight))")
                if let evidence = step.relation.evidence.first {
                    print(RelationText.evidenceLine(evidence, in: index.graph))
                }
            }
        }
    }
}
