import Curation
import Extraction
import Foundation
import GraphCore
import Testing

/// Runs of the built `linkchart` curation commands and `diff`, each in a copy of `seeds/`.
@Suite(.serialized) struct CurationCommandTests {
    /// A temporary folder holding a copy of `seeds/`; commands run in it.
    struct Workspace {
        let folder: URL
        var seeds: URL { folder.appendingPathComponent("seeds") }

        init() throws {
            folder = try CommandRunner.temporaryFolder()
            try FileManager.default.copyItem(at: CommandRunner.repositoryRoot.appendingPathComponent("seeds"), to: seeds)
        }

        func run(_ arguments: String...) throws -> CommandRunner.Result {
            try CommandRunner.run(arguments, in: folder)
        }

        /// Runs a command that must succeed, and returns what it printed.
        func succeed(_ arguments: String...) throws -> CommandRunner.Result {
            let result = try CommandRunner.run(arguments, in: folder)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }

        func json(_ arguments: String...) throws -> [String: Any] {
            let result = try CommandRunner.run(arguments, in: folder)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// One decision of each kind, made through the commands.
    static func decide(in workspace: Workspace) throws {
        _ = try workspace.succeed("merge", "Ministry of State Security", "Ministry of Social Security", "--by", "analyst", "--note", "one agency here")
        _ = try workspace.succeed("reject", "Gabriela Bernal")
        _ = try workspace.succeed("retype", "Sunchon", "agency")
        _ = try workspace.succeed("alias", "add", "Kim Il Sung", "Suryong")
        _ = try workspace.succeed("split", "Daily NK", "--report", "000_d642fd3dd39ad37c")
    }

    @Test func decisionsGiveTheSameGraphFromTheReportsAndFromTheStore() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.decide(in: workspace)
        let listed = try workspace.json("curation", "--json")
        let decisions = try #require(listed["decisions"] as? [[String: Any]])
        #expect(decisions.compactMap { $0["action"] as? String } == ["merge", "reject", "retype", "alias", "split"])
        #expect(decisions.first?["by"] as? String == "analyst" && decisions.first?["note"] as? String == "one agency here")

        let fromReports = try workspace.succeed("export")
        let neighborsFromReports = try workspace.succeed("neighbors", "Suryong", "--json")
        let graph = try EntityGraph(jsonData: fromReports.stdoutData)
        #expect(graph.entities["agency:ministry-of-social-security"] == nil)
        #expect(graph.entities["person:gabriela-bernal"] == nil)
        #expect(graph.entities["agency:sunchon"]?.kind == .agency)
        #expect(graph.entities["person:kim-il-sung"]?.aliases.contains("Suryong") == true)
        #expect(graph.entities["agency:daily-nk-000-d642fd3dd39ad37c"]?.documents == ["000_d642fd3dd39ad37c"])

        _ = try workspace.succeed("ingest", "seeds")
        // The reports are gone: only the store can answer now, curated the same way.
        try FileManager.default.removeItem(at: workspace.seeds.appendingPathComponent("000_d642fd3dd39ad37c.txt"))
        try FileManager.default.removeItem(at: workspace.seeds.appendingPathComponent("001_fcbe7c6613cc3779.txt"))
        #expect(try workspace.succeed("export").stdout == fromReports.stdout)
        #expect(try workspace.succeed("neighbors", "Suryong", "--json").stdout == neighborsFromReports.stdout)
    }

    @Test func aDecisionSurvivesAReIngestOfTheChangedReport() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = try workspace.succeed("ingest", "seeds")
        _ = try workspace.succeed("reject", "Gabriela Bernal")
        _ = try workspace.succeed("retype", "Sunchon", "agency")
        let report = workspace.seeds.appendingPathComponent("001_fcbe7c6613cc3779.txt")
        try (try String(contentsOf: report, encoding: .utf8) + "\nGabriela Bernal visited Sunchon.\n").write(to: report, atomically: true, encoding: .utf8)
        let ingest = try workspace.json("ingest", "seeds", "--json")
        #expect(ingest["changed"] as? Int == 1)
        let fromStore = try EntityGraph(jsonData: try workspace.succeed("export").stdoutData)
        #expect(fromStore.entities["person:gabriela-bernal"] == nil)
        #expect(fromStore.entities["place:sunchon"] == nil && fromStore.entities["agency:sunchon"] != nil)
        // A fresh extraction of the changed reports, curated, is the same graph.
        let curator = try CurationFile.read(from: CurationFile.path(forCorpus: workspace.seeds.path)).curator
        let reports = try CorpusReader.read(workspace.seeds.path).reports.map { report in
            var report = report
            report.document.path = "seeds/" + report.document.fileName
            return report
        }
        let fresh = curator.graph(merging: try Extractor().extractAll(reports))
        #expect(try fresh.jsonData() == fromStore.jsonData())
    }

    @Test func aNameThatNamesNothingExitsTwoWithSuggestionsAndConflictsAreRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let missing = try workspace.run("reject", "Ministry of Stat Security")
        #expect(missing.status == 2 && missing.stderr.contains("did you mean") && missing.stderr.contains("Ministry of State Security"))
        let ambiguous = try workspace.run("reject", "MSS")
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("ambiguous"))
        _ = try workspace.succeed("reject", "Gabriela Bernal")
        // Rejected, then named again: the error says which decision and how to undo it.
        let merge = try workspace.run("merge", "Gabriela Bernal", "Jong So Yong")
        #expect(merge.status == 2 && merge.stderr.contains("rejected by decision 1") && merge.stderr.contains("curation remove 1"))
        _ = try workspace.succeed("merge", "Kim Il Sung", "Kim Jong Il")
        let again = try workspace.run("merge", "Kim Il Sung", "Kim Jong Il")
        #expect(again.status == 2 && again.stderr.contains("one entity already"))
        let split = try workspace.run("split", "Onsong County", "--report", "001_fcbe7c6613cc3779")
        #expect(split.status == 2 && split.stderr.contains("not named there"))
        let report = try workspace.run("split", "Daily NK", "--report", "no-such-report")
        #expect(report.status == 2 && report.stderr.contains("no report \"no-such-report\""))
        let type = try workspace.run("retype", "Sunchon", "planet")
        #expect(type.status == 64)
        // An alias for a name no report uses yet is accepted: it waits for the reports.
        _ = try workspace.succeed("alias", "add", "Kim Il Sung", "Great Leader")
        #expect(try workspace.succeed("neighbors", "Great Leader").stdout.hasPrefix("Kim Il Sung (person)"))
        let listed = try workspace.json("curation", "--json")
        #expect((listed["decisions"] as? [Any])?.count == 3)
    }

    @Test func hostileNamesAndNotesRoundTripThroughTheCommandsAndTheFile() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let alias = "yes\n# not: a comment \"quoted\" ~ null"
        let note = "- [x]: {y} & *z | > 'q' \\ \t end"
        // A value starting with "-" goes after "=", or the parser takes it for an option.
        _ = try workspace.succeed("alias", "add", "Kim Il Sung", alias, "--note=\(note)", "--by", "null")
        let listed = try workspace.json("curation", "--json")
        let decision = try #require((listed["decisions"] as? [[String: Any]])?.first)
        #expect(decision["alias"] as? String == alias && decision["note"] as? String == note && decision["by"] as? String == "null")
        let table = try workspace.succeed("curation")
        #expect(table.stdout.split(separator: "\n").count == 4, "one line per decision: \(table.stdout)")
        #expect(try workspace.succeed("neighbors", alias).stdout.hasPrefix("Kim Il Sung (person)"))
    }

    @Test func aliasRemoveAndCurationRemoveUndoDecisions() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = try workspace.succeed("alias", "add", "Kim Il Sung", "Suryong")
        _ = try workspace.succeed("reject", "Gabriela Bernal")
        let removed = try workspace.succeed("alias", "remove", "Kim Il Sung", "suryong")
        #expect(removed.stdout.contains("removed decision 1"))
        #expect(try workspace.run("neighbors", "Suryong").status == 2)
        #expect(try workspace.run("alias", "remove", "Kim Il Sung", "Suryong").status == 2)
        _ = try workspace.succeed("curation", "remove", "1")
        #expect(try workspace.succeed("neighbors", "Gabriela Bernal").status == 0)
        #expect(try workspace.succeed("curation").stdout.hasPrefix("no decisions"))
        #expect(try workspace.run("curation", "remove", "1").status == 2)
    }

    @Test func diffAfterTwoIngestsShowsExactlyTheNewReportsFacts() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = try workspace.succeed("ingest", "seeds")
        let dev = CommandRunner.repositoryRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/dev/d01_hyesan-smuggling-crackdown.txt")
        try FileManager.default.copyItem(at: dev, to: workspace.seeds.appendingPathComponent("d01_hyesan-smuggling-crackdown.txt"))
        _ = try workspace.succeed("ingest", "seeds")
        let ingests = try workspace.json("ingests", "--json")
        #expect((ingests["ingests"] as? [[String: Any]])?.compactMap { $0["number"] as? Int } == [1, 2])

        let extractor = try Extractor()
        let seeds = extractor.graph(from: try CorpusReader.read(CommandRunner.repositoryRoot.appendingPathComponent("seeds").path).reports)
        let newFacts = extractor.extract(
            try ReportReader.read(Data(contentsOf: dev), path: "seeds/d01_hyesan-smuggling-crackdown.txt", id: "d01_hyesan-smuggling-crackdown"))
        let diff = try workspace.json("diff", "--since", "1", "--json")
        #expect(diff["reports"] as? [String] == ["d01_hyesan-smuggling-crackdown"])
        let newEntities = Set((diff["new_entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        let grownEntities = Set((diff["grown_entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(newEntities == Set(newFacts.entities.map(\.id.rawValue).filter { seeds.entities[EntityID(rawValue: $0)] == nil }))
        #expect(grownEntities == Set(newFacts.entities.map(\.id.rawValue).filter { seeds.entities[EntityID(rawValue: $0)] != nil }))
        func ids(_ key: String) -> [String] {
            (diff[key] as? [[String: Any]] ?? []).compactMap { item in
                guard let type = item["type"] as? String, let source = (item["source"] as? [String: Any])?["id"] as? String,
                    let target = (item["target"] as? [String: Any])?["id"] as? String
                else { return nil }
                return "\(type):\(source)->\(target)"
            }
        }
        let newRelations = ids("new_relations")
        let grownRelations = ids("grown_relations")
        #expect(Set(newRelations + grownRelations) == Set(newFacts.relations.map(\.id)))
        #expect(newRelations.count + grownRelations.count == newFacts.relations.count)
        #expect(Set(grownRelations) == Set(newFacts.relations.map(\.id).filter { seeds.relations[$0] != nil }))
        for item in (diff["new_relations"] as? [[String: Any]] ?? []) + (diff["grown_relations"] as? [[String: Any]] ?? []) {
            let evidence = item["new_evidence"] as? [[String: Any]] ?? []
            #expect(!evidence.isEmpty && evidence.allSatisfy { $0["document"] as? String == "d01_hyesan-smuggling-crackdown" })
        }

        let none = try workspace.json("diff", "--since", "2", "--json")
        #expect((none["new_entities"] as? [Any])?.isEmpty == true && (none["new_relations"] as? [Any])?.isEmpty == true)
        #expect(try workspace.succeed("diff", "--since", "2").stdout.contains("nothing appeared or grew"))
        let all = try workspace.json("diff", "--since", "2000-01-01", "--json")
        #expect((all["reports"] as? [String])?.count == 3)
        let around = try workspace.json("diff", "--since", "1", "--around", "Ministry of State Security", "--json")
        for item in around["new_relations"] as? [[String: Any]] ?? [] {
            let ends = [(item["source"] as? [String: Any])?["id"] as? String, (item["target"] as? [String: Any])?["id"] as? String]
            #expect(ends.contains("agency:ministry-of-state-security"))
        }
        #expect(try workspace.run("diff", "--since", "9").status == 2)
        #expect(try workspace.run("diff", "--since", "yesterday").status == 2)
    }
}
