import Foundation
import GraphCore
import SVGTestSupport
import Testing

/// Runs of the built `linkchart` program on `seeds/`, as a new user would.
@Suite(.serialized) struct EndToEndTests {
    @Test func buildWritesTheGraphAndItsDiagrams() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.run(["build", "seeds", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("read 2 reports from seeds"))
        for file in ["graph.json", "graph.dot", "graph.svg",
                     "reports/000_d642fd3dd39ad37c.dot", "reports/000_d642fd3dd39ad37c.svg",
                     "reports/001_fcbe7c6613cc3779.dot", "reports/001_fcbe7c6613cc3779.svg"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        let graph = try EntityGraph(jsonData: Data(contentsOf: out.appendingPathComponent("graph.json")))
        #expect(graph.documents.values.map(\.path).sorted() == ["seeds/000_d642fd3dd39ad37c.txt", "seeds/001_fcbe7c6613cc3779.txt"])
        let svg = try #require(SVGDocument(Array(try Data(contentsOf: out.appendingPathComponent("graph.svg")))), "graph.svg is not XML")
        for name in ["Onsong County", "Ministry of State Security", "Ministry of Social Security", "Jong So Yong"] {
            #expect(svg.texts(of: "text").contains(name), "\(name) not drawn")
        }
        let report = try #require(SVGDocument(Array(try Data(contentsOf: out.appendingPathComponent("reports/001_fcbe7c6613cc3779.svg")))))
        #expect(report.texts(of: "text").contains("Songchon County"))
        #expect(!report.texts(of: "text").contains("Onsong County"))
        // Nodes of the files link to the entity's section of index.html.
        #expect(report.elements.contains { $0.attributes["xlink:href"] == "../index.html#e-place_3a_songchon-county" })
        #expect(svg.elements.contains { $0.attributes["xlink:href"] == "index.html#e-place_3a_onsong-county" })
        for file in ["timeline.svg", "timeline.dot", "entities/e-place_3a_onsong-county.svg", "index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test func indexPageIsWellFormedAndEveryLinkLandsInIt() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CommandRunner.run(["build", "seeds", "--out", out.path]).status == 0)
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let page = try #require(SVGDocument(Array(html.utf8)), "index.html is not well-formed")
        let ids = page.ids
        #expect(ids.count == Set(ids).count, "an id is used twice")
        let links = page.internalLinks
        #expect(links.count > 100)
        #expect(Set(links).subtracting(ids).isEmpty, "links to nowhere: \(Set(links).subtracting(ids).sorted())")
        // Self-contained: nothing is fetched from elsewhere.
        #expect(!page.elements.contains { ["script", "link", "img", "iframe"].contains($0.name) })
        #expect(!page.elements.contains { ($0.attributes["href"] ?? $0.attributes["src"] ?? "").hasPrefix("http") })
        // The overview, timeline, entity and report sections are all there.
        for anchor in ["overview", "timeline", "entities", "reports", "e-place_3a_onsong-county", "r-000_5f_d642fd3dd39ad37c"] {
            #expect(ids.contains(anchor), "\(anchor)")
        }
        let marks = page.elements.filter { $0.attributes["class"] == "mention agency" }.map(\.text)
        #expect(marks.contains("MSS") && marks.contains("Ministry of State Security"))
    }

    @Test func renderDrawsAReportATimelineAndSaysWhatACutLeftOut() throws {
        let report = try CommandRunner.run(["render", "--report", "001_fcbe7c6613cc3779.txt", "--format", "svg"])
        #expect(report.status == 0, "\(report.stderr)")
        let reportSVG = try #require(SVGDocument(Array(report.stdoutData)))
        #expect(reportSVG.texts(of: "text").contains("Songchon County"))
        #expect(!reportSVG.texts(of: "text").contains("Onsong County"))
        let missing = try CommandRunner.run(["render", "--report", "nope"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no report \"nope\""))

        let timeline = try CommandRunner.run(["render", "--timeline", "--format", "dot"])
        #expect(timeline.status == 0)
        #expect(timeline.stdout.contains("rank=\"same\""))
        #expect(timeline.stdout.contains("label=\"undated\""))

        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cut.svg").path
        let cut = try CommandRunner.run(["render", "--max-nodes", "5", "-o", path, "--json"])
        #expect(cut.status == 0, "\(cut.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: cut.stdoutData) as? [String: Any])
        #expect(answer["nodes"] as? Int == 5)
        let note = try #require((answer["notes"] as? [String])?.first)
        // The total depends on extraction; the note names it and what was left out.
        #expect(note.hasPrefix("Showing 5 of ") && note.contains(" entities and ") && note.contains("left out:"))
        let drawn = try #require(SVGDocument(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
        #expect(drawn.texts(of: "text").contains(note))
        let both = try CommandRunner.run(["render", "--timeline", "--report", "x"])
        #expect(both.status == 64)
    }

    @Test func buildIsDeterministic() throws {
        let first = try CommandRunner.temporaryFolder()
        let second = try CommandRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(try CommandRunner.run(["build", "seeds", "--out", first.path]).status == 0)
        #expect(try CommandRunner.run(["build", "seeds", "--out", second.path]).status == 0)
        for file in ["graph.json", "graph.dot", "reports/000_d642fd3dd39ad37c.dot"] {
            #expect(try Data(contentsOf: first.appendingPathComponent(file)) == Data(contentsOf: second.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test func pathPrintsAChainWithEvidence() throws {
        let result = try CommandRunner.run(["path", "Onsong County", "Songchon County"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Onsong County → Songchon County:"))
        #expect(result.stdout.contains("seeds/000_d642fd3dd39ad37c.txt, sentence"))
        #expect(result.stdout.contains("seeds/001_fcbe7c6613cc3779.txt, sentence"))
        let json = try CommandRunner.run(["path", "onsong-county", "SONGCHON COUNTY", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let hops = try #require(object["hops"] as? [[String: Any]])
        #expect(!hops.isEmpty)
        #expect(hops.allSatisfy { ($0["evidence"] as? [Any])?.isEmpty == false })
    }

    @Test func anAmbiguousNameListsTheCandidates() throws {
        let result = try CommandRunner.run(["neighbors", "MSS"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\"MSS\" is ambiguous"))
        #expect(result.stderr.contains("Ministry of Social Security (agency"))
        #expect(result.stderr.contains("Ministry of State Security (agency"))
        #expect(result.stderr.contains("001_fcbe7c6613cc3779"))
    }

    @Test func anUnknownNameSuggestsTheClosest() throws {
        let result = try CommandRunner.run(["neighbors", "Onsong Conty"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no entity named \"Onsong Conty\""))
        #expect(result.stderr.contains("\"Onsong County\""))
    }

    @Test func neighborsShowRelationWeightAndEvidence() throws {
        let result = try CommandRunner.run(["neighbors", "Onsong County", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let neighbors = try #require(object["neighbors"] as? [[String: Any]])
        let first = try #require(neighbors.first)
        #expect((first["entity"] as? [String: Any])?["name"] as? String == "North Hamgyong Province")
        #expect(first["relation"] as? String == "located_in")
        #expect((first["evidence"] as? [String: Any])?["text"] as? String != nil)
        let agencies = try CommandRunner.run(["neighbors", "Onsong County", "--type", "agency", "--json"])
        let filtered = try #require(try JSONSerialization.jsonObject(with: agencies.stdoutData) as? [String: Any])
        let types = (filtered["neighbors"] as? [[String: Any]] ?? []).compactMap { ($0["entity"] as? [String: Any])?["type"] as? String }
        #expect(!types.isEmpty && types.allSatisfy { $0 == "agency" })
        let table = try CommandRunner.run(["neighbors", "Onsong County", "--depth", "2"])
        #expect(table.stdout.contains("NAME"))
        #expect(table.stdout.contains("Ministry of State Security"))
    }

    @Test func entitiesListsByTypeAsTableOrJSON() throws {
        let table = try CommandRunner.run(["entities", "--type", "person"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("NAME"))
        #expect(table.stdout.contains("Gabriela Bernal"))
        let json = try CommandRunner.run(["entities", "seeds", "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [[String: Any]])
        let mss = try #require(items.first { $0["name"] as? String == "Ministry of State Security" })
        #expect(mss["report_count"] as? Int == 2)
        #expect((mss["aliases"] as? [String])?.contains("MSS") == true)
    }

    @Test func renderDrawsAnEgoNetwork() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svgPath = folder.appendingPathComponent("ego.svg").path
        let result = try CommandRunner.run(["render", "--focus", "Kilju County", "--depth", "1", "-o", svgPath])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try #require(SVGDocument(Array(try Data(contentsOf: URL(fileURLWithPath: svgPath)))))
        #expect(svg.texts(of: "text").contains("Kilju County"))
        #expect(svg.texts(of: "text").contains("North Hamgyong Province"))
        #expect(!svg.texts(of: "text").contains("Onsong County"))
        let dot = try CommandRunner.run(["render", "--format", "dot", "--layout", "neato"])
        #expect(dot.stdout.contains("digraph"))
    }

    @Test func exportWritesJSONOrDOT() throws {
        let json = try CommandRunner.run(["export", "--format", "json"])
        #expect(json.status == 0)
        let graph = try EntityGraph(jsonData: json.stdoutData)
        #expect(graph.documents.count == 2)
        let dot = try CommandRunner.run(["export", "--format", "dot"])
        #expect(dot.stdout.hasPrefix("digraph") || dot.stdout.hasPrefix("strict digraph"))
    }

    @Test func badInputNamesTheFileAndKeepsTheRest() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Three traders were arrested in Hyesan, Ryanggang Province.".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data([0xFF, 0xFE, 0x41]).write(to: folder.appendingPathComponent("bad.txt"))
        let result = try CommandRunner.run(["entities", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("bad.txt"))
        #expect(result.stderr.contains("UTF-8"))
        #expect(result.stdout.contains("Hyesan"))

        try FileManager.default.removeItem(at: folder.appendingPathComponent("good.txt"))
        let nothing = try CommandRunner.run(["entities", folder.path])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no report could be read"))

        let missing = try CommandRunner.run(["entities", "/nonexistent/reports"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/reports: no such file or folder"))
    }

    @Test func usageErrorsExitWith64() throws {
        let result = try CommandRunner.run(["neighbors", "Onsong County", "--depth", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--depth"))
    }
}

@Suite struct ExtractCommandTests {
    @Test func extractExplainsEachMention() throws {
        let result = try CommandRunner.run(["extract", "seeds/001_fcbe7c6613cc3779.txt", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        let definition = try #require(mentions.first { $0["text"] as? String == "MSS" })
        #expect(definition["rule"] as? String == "acronym-definition")
        #expect(definition["name"] as? String == "Ministry of Social Security")
        let misspelt = try #require(mentions.first { $0["text"] as? String == "Songchong County" })
        #expect(misspelt["name"] as? String == "Songchon County")
        #expect(misspelt["rule"] as? String == "head-word")
        #expect(mentions.contains { $0["rule"] as? String == "trigger" })
        #expect((object["document"] as? [String: Any])?["path"] as? String == "seeds/001_fcbe7c6613cc3779.txt")

        let table = try CommandRunner.run(["extract", "seeds/000_d642fd3dd39ad37c.txt"])
        #expect(table.stdout.contains("Gabriela Bernal"))
        #expect(table.stdout.contains("person-cue"))
        let missing = try CommandRunner.run(["extract", "seeds/none.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("seeds/none.txt: no such file or folder"))
    }
}

@Suite struct LayoutChoiceTests {
    @Test func forceDirectedLayoutsGetStraightEdges() throws {
        let sfdp = try CommandRunner.run(["render", "--format", "dot", "--layout", "sfdp"])
        #expect(sfdp.stdout.contains("splines=\"line\""))
        let dot = try CommandRunner.run(["render", "--format", "dot", "--layout", "dot"])
        #expect(dot.stdout.contains("splines=\"true\""))
    }
}

/// The query commands of issue 4 on `seeds/`.
@Suite(.serialized) struct QueryCommandTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(arguments + ["--json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    }

    @Test func timelineListsEventsInDateOrderUndatedLast() throws {
        let result = try CommandRunner.run(["timeline", "--corpus", "seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        let events = try #require(try json(["timeline"])["events"] as? [[String: Any]])
        // The text says how many events the JSON lists.
        #expect(result.stdout.hasPrefix("\(events.count) events"))
        let dates = events.map { $0["date"] as? String }
        let dated = dates.prefix { $0 != nil }.compactMap { $0 }
        #expect(dated.count == 7)
        #expect(dates.dropFirst(dated.count).allSatisfy { $0 == nil })
        // No report gives a year: the fire's report (000) comes first, then the kidnapping
        // report's events by month and day.
        let names = events.compactMap { ($0["event"] as? [String: Any])?["name"] as? String }
        let order = ["fire — Onsong County, by Dec. 30", "kidnapping of director's son — Songchon County, Mar. 31", "emergency alert — Songchon County, Apr. 1",
                     "arrest — Kilju County, Apr. 4", "public execution — Songchon County, by Apr. 11"]
        let positions = order.compactMap { names.firstIndex(of: $0) }
        #expect(positions.count == order.count, "\(names)")
        #expect(positions == positions.sorted())
        #expect(Array(dated.dropFirst()) == dated.dropFirst().sorted())
        let arrest = try #require(events.first { ($0["event"] as? [String: Any])?["name"] as? String == "arrest — Kilju County, Apr. 4" })
        #expect((arrest["places"] as? [[String: Any]])?.first?["name"] as? String == "Kilju County")
        let participants = Set((arrest["participants"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        #expect(participants == ["Ministry of Social Security", "kidnappers (001_fcbe…)", "couple (001_fcbe…)"])
        let kilju = try CommandRunner.run(["timeline", "Gilju"])
        #expect(kilju.stdout.hasPrefix("Kilju County: "))
        #expect(kilju.stdout.contains("arrest — Kilju County, Apr. 4"))
    }

    @Test func pathFromTheMinistryToGiljuGoesThroughTheArrest() throws {
        let result = try CommandRunner.run(["path", "Ministry of Social Security", "Gilju", "--corpus", "seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Ministry of Social Security → Kilju County: 2 hops"))
        #expect(result.stdout.contains("—participant→ arrest — Kilju County, Apr. 4"))
        #expect(result.stdout.contains("seeds/001_fcbe7c6613cc3779.txt, sentence 13"))
        // --render draws the chain: its three entities, not the rest of the graph.
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("path.svg")
        let drawn = try CommandRunner.run(["path", "Ministry of Social Security", "Gilju", "--corpus", "seeds", "--render", file.path])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(drawn.stderr.contains("3 entities, 2 relations"))
        let svg = try #require(SVGDocument(Array(try Data(contentsOf: file))), "path.svg is not XML")
        #expect(svg.texts(of: "text").contains("Kilju County"))
        #expect(!svg.texts(of: "text").contains("Onsong County"))
        let all = try json(["path", "Onsong County", "Songchon County", "--all", "--max-length", "3", "--limit", "3"])
        let paths = try #require(all["paths"] as? [[String: Any]])
        #expect(paths.count == 3)
        let costs = paths.compactMap { $0["cost"] as? Int }
        #expect(costs == costs.sorted())
        #expect((all["found"] as? Int ?? 0) >= 3)
        #expect(paths.allSatisfy { (($0["hops"] as? [[String: Any]]) ?? []).allSatisfy { ($0["evidence"] as? [Any])?.isEmpty == false } })
        let placesOnly = try json(["path", "Onsong County", "Songchon County", "--relation", "located_in"])
        #expect((placesOnly["hops"] as? [[String: Any]])?.allSatisfy { $0["relation"] as? String == "located_in" } == true)
        // A place takes part in no event, so no chain of participant relations leaves Onsong.
        #expect(try CommandRunner.run(["path", "Onsong County", "Songchon County", "--relation", "participant"]).status == 3)
        #expect(try CommandRunner.run(["path", "a", "b", "--relation", "likes"]).status == 64)
    }

    @Test func neighborsLimitCountsTheRest() throws {
        let object = try json(["neighbors", "Ministry of Social Security", "--limit", "3"])
        #expect((object["neighbors"] as? [Any])?.count == 3)
        let total = try #require(object["total"] as? Int)
        #expect(object["omitted"] as? Int == total - 3)
        let table = try CommandRunner.run(["neighbors", "Ministry of Social Security", "--limit", "3"])
        #expect(table.stdout.contains("and \(total - 3) more"))
        let typed = try json(["neighbors", "Onsong County", "--relation", "located_in", "--depth", "2"])
        let found = typed["neighbors"] as? [[String: Any]] ?? []
        let names = found.compactMap { ($0["entity"] as? [String: Any])?["name"] as? String }
        #expect(names.first == "North Hamgyong Province")
        #expect(names.contains("Kilju County"))
        #expect(!names.contains("Ministry of State Security"))
        #expect(found.allSatisfy { $0["relation"] as? String == "located_in" })
    }

    @Test func explainShowsEverySentenceWithItsReport() throws {
        let object = try json(["explain", "Kilju County", "North Hamgyong Province"])
        let evidence = try #require(object["evidence"] as? [[String: Any]])
        #expect(evidence.first?["relation"] as? String == "located_in")
        #expect(evidence.first?["typed"] as? Bool == true)
        #expect(((evidence.first?["evidence"] as? [String: Any])?["text"] as? String)?.contains("Gilju") == true)
        let text = try CommandRunner.run(["explain", "Kilju County", "North Hamgyong Province"])
        #expect(text.stdout.contains("seeds/001_fcbe7c6613cc3779.txt, sentence 13"))
        let apart = try CommandRunner.run(["explain", "Onsong County", "Songchon County"])
        #expect(apart.status == 3)
        #expect(apart.stderr.contains("no relation links"))
    }

    @Test func commonAndReportsAnswerWithEvidence() throws {
        let common = try json(["common", "Onsong County", "Songchon County"])
        let items = try #require(common["common"] as? [[String: Any]])
        #expect(items.contains { ($0["entity"] as? [String: Any])?["name"] as? String == "Ministry of State Security" })
        #expect(items.allSatisfy { ($0["with_first"] as? [Any])?.isEmpty == false && ($0["with_second"] as? [Any])?.isEmpty == false })
        let reports = try json(["reports", "Ministry of State Security", "Daily NK"])
        #expect(reports["total"] as? Int == 2)
        let only = try json(["reports", "Onsong County", "Ministry of State Security"])
        let first = try #require((only["reports"] as? [[String: Any]])?.first)
        #expect(first["document"] as? String == "000_d642fd3dd39ad37c")
        #expect((first["sentences"] as? [[String: Any]])?.contains { $0["text"] != nil } == true)
    }

    @Test func topAndSearchRankEntities() throws {
        let top = try json(["top", "--by", "betweenness", "--type", "agency", "--limit", "2"])
        let ranked = try #require(top["entities"] as? [[String: Any]])
        #expect(ranked.count == 2)
        #expect(top["exact"] as? Bool == true)
        #expect(ranked.allSatisfy { ($0["entity"] as? [String: Any])?["type"] as? String == "agency" })
        let pagerank = try CommandRunner.run(["top", "--by", "pagerank"])
        #expect(pagerank.stdout.contains("PAGERANK"))
        let search = try json(["search", "Onsogn"])
        let hit = try #require((search["hits"] as? [[String: Any]])?.first)
        #expect((hit["entity"] as? [String: Any])?["name"] as? String == "Onsong County")
        #expect(hit["match"] as? String == "typo")
        let variant = try CommandRunner.run(["search", "Kilchu"])
        #expect(variant.stdout.contains("Kilju County"))
        #expect(variant.stdout.contains("spelling"))
    }
}
