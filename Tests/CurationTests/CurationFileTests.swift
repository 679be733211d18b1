import Curation
import Foundation
import GraphCore
import Testing

@Suite struct CurationFileTests {
    /// Names that break naive YAML: quotes, colons, comment signs, newlines, YAML keywords,
    /// leading and trailing spaces, tabs, control characters, a BOM, Korean, an emoji. (A
    /// BOM that *starts* a string is lost: Yams reads scalars through Foundation, which drops it.)
    static let hostile = [
        "O'Brien \"the Fox\"", "Ministry: State Security", "# not a comment", "line one\nline two", "yes", "no", "null", "~",
        "true", "- dash", "[flow, list]", "{a: b}", "&anchor *alias", "!tag", "%directive", "  padded  ", "tab\there",
        "back\\slash", "bell\u{07}", "b\u{FEFF}om", "김정은", "🚀 rocket", "key: value # comment", "@at", "`tick`", "|", ">",
        "'single'", "0x1F", "1e3", "2026-11-23", "---", "...", "\r\ncrlf",
    ]

    @Test func everyActionRoundTripsThroughTheFileWithHostileNames() throws {
        var decisions: [CurationDecision] = []
        for (offset, name) in Self.hostile.enumerated() {
            let entity = EntityHandle(id: EntityID(rawValue: "person:\(name)"), name: name)
            let other = EntityHandle(id: EntityID(rawValue: "agency:\(name)"), name: "\(name) (other)")
            let actions: [CurationAction] = [
                .merge(entity, into: other), .split(entity, report: DocumentID(rawValue: "reports/\(name)")),
                .alias(entity, alias: name), .reject(entity), .retype(entity, to: .place),
            ]
            let made = CurationSamples.made.addingTimeInterval(Double(offset))
            decisions += actions.map { CurationDecision($0, made: made, by: offset % 2 == 0 ? name : nil, note: offset % 3 == 0 ? name : nil) }
        }
        let file = CurationFile(decisions: decisions)
        let text = try file.yaml()
        let read = try CurationFile(yaml: text, file: "test.yaml")
        #expect(read.decisions.count == file.decisions.count)
        for (got, want) in zip(read.decisions, file.decisions) {
            #expect(got == want, "\(want.action.entity.name.debugDescription)")
        }
        #expect(try read.yaml() == text, "writing what was read gives the same text")
    }

    @Test func theFileOpensWithACommentSayingWhatItIsAndKeepsDecisionsInOrder() throws {
        let file = CurationFile(decisions: [
            CurationSamples.decide(.reject(CurationSamples.handle(.place, "Yes"))),
            CurationSamples.decide(.merge(CurationSamples.handle(.agency, "MSS"), into: CurationSamples.handle(.agency, "Ministry of State Security"))),
        ])
        let text = try file.yaml()
        #expect(text.hasPrefix("# linkchart curation file"))
        #expect(text.contains("version: 1\ndecisions:\n"))
        let reject = try #require(text.range(of: "action: reject"))
        let merge = try #require(text.range(of: "action: merge"))
        #expect(reject.lowerBound < merge.lowerBound)
        #expect(text.contains("into: \"Ministry of State Security\""))
        #expect(text.contains("made: 2026-09-21T"))
    }

    @Test func aHandWrittenFileWithPlainScalarsReadsAsText() throws {
        let text = """
            # my notes
            version: 1
            decisions:
              - action: alias
                id: person:kim-jong-un
                name: Kim Jong Un
                alias: yes
                made: 2026-10-01
                by: ~
                note: null
            """
        let file = try CurationFile(yaml: text, file: "hand.yaml")
        let decision = try #require(file.decisions.first)
        #expect(decision.action == .alias(EntityHandle(id: "person:kim-jong-un", name: "Kim Jong Un"), alias: "yes"))
        #expect(decision.by == nil && decision.note == nil)
        #expect(decision.made == Date(timeIntervalSince1970: 1_790_812_800))
    }

    @Test func aFileWithOnlyCommentsOrNoFileHasNoDecisions() throws {
        #expect(try CurationFile(yaml: "# nothing decided yet\n", file: "empty.yaml").decisions.isEmpty)
        #expect(try CurationFile.read(from: "/nonexistent/linkchart-curation.yaml").decisions.isEmpty)
    }

    @Test(arguments: [
        ("version: 1\ndecisions:\n  - action: explode\n    id: a:b\n    name: b\n    made: 2026-10-01\n", "decision 1: unknown action \"explode\""),
        ("version: 1\ndecisions:\n  - action: reject\n    name: b\n    made: 2026-10-01\n", "decision 1: `id` is missing"),
        ("version: 1\ndecisions:\n  - action: reject\n    id: a:b\n    name: b\n    made: 2026-10-01\n  - action: retype\n    id: a:b\n    name: b\n    type: planet\n    made: 2026-10-01\n",
         "decision 2: unknown type \"planet\""),
        ("version: 1\ndecisions:\n  - action: reject\n    id: a:b\n    name: b\n    made: last week\n", "`made` is \"last week\""),
        ("version: 1\ndecisions:\n  - action: reject\n    id: a:b\n    nmae: b\n    made: 2026-10-01\n", "unknown key \"nmae\""),
        ("version: 2\ndecisions: []\n", "version is \"2\""),
        ("decisions: [\n", "not a YAML file"),
        ("- just\n- a list\n", "not a linkchart curation file"),
    ])
    func aBadFileIsAnErrorNamingTheFileAndTheDecision(text: String, expected: String) throws {
        do {
            _ = try CurationFile(yaml: text, file: "corpus/linkchart-curation.yaml")
            Issue.record("no error for \(text)")
        } catch let error as CurationError {
            #expect(error.description.hasPrefix("corpus/linkchart-curation.yaml: "))
            #expect(error.description.contains(expected), "\(error)")
        }
    }

    @Test func writeThenReadGivesTheSameDecisions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = CurationFile.path(forCorpus: folder.path)
        #expect(path.hasSuffix("/linkchart-curation.yaml"))
        let file = CurationFile(decisions: [CurationSamples.decide(.retype(CurationSamples.handle(.place, "Kim"), to: .person))])
        try file.write(to: path)
        #expect(try CurationFile.read(from: path) == file)
    }
}
