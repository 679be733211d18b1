import ArgumentParser
import Testing
@testable import LinkChartCLI

/// In-process checks of how the curation commands and `diff` read their arguments.
@Suite struct CurationParsingTests {
    @Test func curationListsByDefaultAndRemovesByNumber() throws {
        let list = try #require(try LinkChart.parseAsRoot(["curation", "--json"]) as? LinkChart.Decisions.List)
        #expect(list.output.json && list.corpus == "seeds")
        let remove = try #require(try LinkChart.parseAsRoot(["curation", "remove", "2", "3", "--corpus", "reports"]) as? LinkChart.Decisions.Remove)
        #expect(remove.numbers == [2, 3] && remove.corpus == "reports")
    }

    @Test func decisionCommandsTakeWhoAndWhy() throws {
        let merge = try #require(try LinkChart.parseAsRoot(["merge", "A", "B", "--by", "jk", "--note", "same body"]) as? LinkChart.Merge)
        #expect(merge.keep == "A" && merge.other == "B" && merge.decision.by == "jk" && merge.decision.note == "same body")
        let split = try #require(try LinkChart.parseAsRoot(["split", "Kim Chol", "--report", "r2"]) as? LinkChart.Split)
        #expect(split.name == "Kim Chol" && split.report == "r2")
        let retype = try #require(try LinkChart.parseAsRoot(["retype", "Sunchon", "agency"]) as? LinkChart.Retype)
        #expect(retype.type == .agency)
        let alias = try #require(try LinkChart.parseAsRoot(["alias", "add", "Kim Jong Un", "Marshal"]) as? LinkChart.Alias.Add)
        #expect(alias.alias == "Marshal")
    }

    @Test func missingOrEmptyArgumentsAreUsageErrors() {
        #expect(throws: (any Error).self) { _ = try LinkChart.parseAsRoot(["merge", "A"]) }
        #expect(throws: (any Error).self) { _ = try LinkChart.parseAsRoot(["split", "A"]) }
        #expect(throws: (any Error).self) { _ = try LinkChart.parseAsRoot(["alias", "add", "A", "  "]) }
        #expect(throws: (any Error).self) { _ = try LinkChart.parseAsRoot(["retype", "A", "organisation"]) }
        #expect(throws: (any Error).self) { _ = try LinkChart.parseAsRoot(["diff"]) }
    }

    @Test func curationRefusalsExitWithTwo() {
        #expect(CurationCommandError.rejected(name: "x", number: 1, file: "f").exitCode == 2)
        #expect(CurationCommandError.alreadyOne("a", "b", entity: "a").exitCode == 2)
        #expect(CurationCommandError.noIngest(4, count: 3).exitCode == 2)
        #expect(CurationCommandError.badSince("soon").exitCode == 2)
        #expect(CurationCommandError.noCorpusFolder("nowhere").exitCode == 1)
        #expect(CurationCommandError.noIngest(4, count: 3).description.contains("numbered 1 to 3"))
    }
}
