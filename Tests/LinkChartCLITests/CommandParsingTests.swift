import ArgumentParser
import Diagrams
import Testing
@testable import LinkChartCLI

/// In-process checks of how the commands read their arguments.
@Suite struct CommandParsingTests {
    @Test func renderTakesItsFormatFromTheFileName() throws {
        #expect(DiagramFormat.inferred(from: "out/ego.SVG") == .svg)
        #expect(DiagramFormat.inferred(from: "graph.gv") == .dot)
        #expect(DiagramFormat.inferred(from: "notes.txt") == nil)
        #expect(throws: (any Error).self) {
            _ = try LinkChart.parseAsRoot(["render", "-o", "diagram.txt"])
        }
        let command = try LinkChart.parseAsRoot(["render", "--format", "png", "-o", "diagram.txt", "--layout", "sfdp"])
        let render = try #require(command as? LinkChart.Render)
        #expect(render.format == .png)
        #expect(render.layout == .sfdp)
    }

    /// ArgumentParser derives a command's name from its type's by reflection when the
    /// configuration gives none: 1.6 M instructions a command, paid for every subcommand at
    /// every start, which was a third of a `neighbors` query's work.
    @Test func everyCommandGivesItsNameSoNoneIsFoundByReflection() throws {
        var names: [String] = []
        func check(_ command: any ParsableCommand.Type) {
            #expect(command.configuration.commandName != nil, "\(command) has no commandName")
            names.append(command.configuration.commandName ?? "")
            for subcommand in command.configuration.subcommands { check(subcommand) }
        }
        check(LinkChart.self)
        #expect(names.count > 25)
        #expect(names.contains("neighbors") && names.contains("curation") && names.contains("ingests"))
        // The names are the ones the commands are run by.
        #expect(try LinkChart.parseAsRoot(["ingests"]) is LinkChart.Ingests)
        #expect(try LinkChart.parseAsRoot(["alias", "add", "A", "B"]) is LinkChart.Alias.Add)
    }

    @Test func unknownTypesAndLayoutsAreRejected() {
        #expect(throws: (any Error).self) { _ = try LinkChart.parseAsRoot(["entities", "--type", "organisation"]) }
        #expect(throws: (any Error).self) { _ = try LinkChart.parseAsRoot(["render", "--layout", "spring"]) }
    }

    @Test func commandsDefaultToTheSeedsCorpus() throws {
        let neighbors = try #require(try LinkChart.parseAsRoot(["neighbors", "Hyesan"]) as? LinkChart.Neighbors)
        #expect(neighbors.corpus.corpus == "seeds")
        #expect(neighbors.depth == 1)
        let build = try #require(try LinkChart.parseAsRoot(["build"]) as? LinkChart.Build)
        #expect(build.corpus == "seeds" && build.out == "Output")
    }

    @Test func errorsMapToDocumentedExitCodes() {
        #expect(CLIError.nothingRead("x").exitCode == 1)
        #expect(CLIError.noEntity(name: "x", suggestions: []).exitCode == 2)
        #expect(CLIError.ambiguous(name: "x", candidates: []).exitCode == 2)
        #expect(CLIError.noPath(from: "a", to: "b").exitCode == 3)
        #expect(CLIError.noEntity(name: "Onsong Conty", suggestions: []).description == "no entity named \"Onsong Conty\"")
    }
}
