import GraphCore
import GraphFixtures
import Testing

@testable import GraphExchange

/// Reads CSV as RFC 4180 says: fields split by commas, quoted fields may hold commas, line
/// breaks and doubled quotes. Returns each row's fields, with whether each was quoted.
private func parseCSV(_ text: String) throws -> [[(value: String, quoted: Bool)]] {
    enum CSVProblem: Error { case strayQuote(row: Int), unterminatedQuote }
    var rows: [[(value: String, quoted: Bool)]] = []
    var row: [(value: String, quoted: Bool)] = []
    var field = ""
    var quoted = false
    var inQuotes = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if inQuotes {
            if scalar == "\"" {
                if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { inQuotes = false }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"":
            guard field.isEmpty, !quoted else { throw CSVProblem.strayQuote(row: rows.count) }
            inQuotes = true
            quoted = true
        case ",":
            row.append((field, quoted)); field = ""; quoted = false
        case "\n":
            row.append((field, quoted)); rows.append(row); row = []; field = ""; quoted = false
        default:
            guard !quoted else { throw CSVProblem.strayQuote(row: rows.count) }
            field.unicodeScalars.append(scalar)
        }
    }
    if inQuotes { throw CSVProblem.unterminatedQuote }
    if !field.isEmpty || !row.isEmpty { row.append((field, quoted)); rows.append(row) }
    return rows
}

@Suite struct Neo4jExportTests {
    private func file(_ export: Neo4jExport, _ name: String) throws -> String {
        try #require(export.files.first { $0.name == name }?.contents)
    }

    @Test func writesNodesRelationshipsAndAScript() throws {
        let export = Neo4jExport(try Fixtures.sample())
        #expect(export.files.map(\.name) == [Neo4jExport.nodesFile, Neo4jExport.relationshipsFile, Neo4jExport.scriptFile])
    }

    @Test func headersUseTheImportToolsFieldTypes() throws {
        let export = Neo4jExport(try Fixtures.sample())
        let nodes = try parseCSV(try file(export, Neo4jExport.nodesFile))
        let relationships = try parseCSV(try file(export, Neo4jExport.relationshipsFile))
        #expect(nodes[0].map(\.value).first == "id:ID" && nodes[0].map(\.value).contains(":LABEL"))
        #expect(nodes[0].map(\.value).contains("aliases:string[]") && nodes[0].map(\.value).contains("mentions:int"))
        #expect(Array(relationships[0].map(\.value).prefix(3)) == [":START_ID", ":END_ID", ":TYPE"])
        #expect(relationships[0].map(\.value).contains("weight:int") && relationships[0].map(\.value).contains("single_source:boolean"))
    }

    @Test func everyRowHasEveryColumnAndRelationshipsReferToNodes() throws {
        let graph = try Fixtures.sample()
        let export = Neo4jExport(graph)
        let nodes = try parseCSV(try file(export, Neo4jExport.nodesFile))
        let relationships = try parseCSV(try file(export, Neo4jExport.relationshipsFile))
        #expect(nodes.count == graph.entities.count + 1 && relationships.count == graph.relations.count + 1)
        #expect(nodes.allSatisfy { $0.count == Neo4jExport.nodeHeader.count })
        #expect(relationships.allSatisfy { $0.count == Neo4jExport.relationshipHeader.count })
        let ids = Set(nodes.dropFirst().map(\.[0].value))
        for row in relationships.dropFirst() {
            #expect(ids.contains(row[0].value) && ids.contains(row[1].value))
        }
        let onsong = try #require(nodes.first { $0[0].value == "place:onsong-county" })
        #expect(onsong[1].value == "Entity\u{1F}Place")
        #expect(onsong[7].value == "Onsong")
        let co = try #require(relationships.first { $0[3].value.hasPrefix("co_mentioned:agency:ministry-of-state-security") })
        #expect(co[2].value == "CO_MENTIONED" && co[5].value == "2" && co[8].value == "true")
        let sentences = try #require(Neo4jExport.relationshipHeader.firstIndex(of: "evidence_sentences:int[]"))
        #expect(co[sentences].value == "0\u{1F}2")
        let confidence = try #require(Neo4jExport.relationshipHeader.firstIndex(of: "confidence:double"))
        #expect(Double(co[confidence].value).map { (0...1).contains($0) } == true)
    }

    @Test func aMissingValueIsAnEmptyUnquotedField() throws {
        let nodes = try parseCSV(try file(Neo4jExport(try Fixtures.sample()), Neo4jExport.nodesFile))
        let loner = try #require(nodes.first { $0[0].value == "person:gabriela-bernal" })
        #expect(loner[4].value == "" && !loner[4].quoted)  // no category
        #expect(loner[7].value == "" && !loner[7].quoted)  // no aliases
    }

    @Test func hostileNamesRoundTripThroughTheCSVFiles() throws {
        let graph = try hostileGraph()
        let export = Neo4jExport(graph)
        let nodes = try parseCSV(try file(export, Neo4jExport.nodesFile))
        #expect(nodes.count == graph.entities.count + 1)
        #expect(nodes.allSatisfy { $0.count == Neo4jExport.nodeHeader.count })
        for entity in graph.entities.values {
            let row = try #require(nodes.first { $0[0].value == entity.id.rawValue }, "no row for \(entity.id.rawValue.debugDescription)")
            #expect(row[2].value == entity.name)
            // Items come back whole; only the separator itself is replaced inside an item.
            #expect(row[7].value.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
                    == entity.aliases.map(CSVEscaping.arrayItem))
        }
        let relationships = try parseCSV(try file(export, Neo4jExport.relationshipsFile))
        #expect(relationships.allSatisfy { $0.count == Neo4jExport.relationshipHeader.count })
        let hostile = try #require(relationships.first { $0[4].value == "works_for`]->() DETACH DELETE n //" })
        #expect(hostile[2].value == "WORKS_FOR_______DETACH_DELETE_N___")
    }

    @Test func theScriptHoldsNoNameFromTheReportsAndEveryLiteralIsClosed() throws {
        let graph = try hostileGraph()
        let script = try file(Neo4jExport(graph), Neo4jExport.scriptFile)
        for name in hostileNames where name.count > 3 {
            #expect(!script.contains(name), "the script holds \(name.debugDescription)")
        }
        // Outside comments, string literals and backtick names, the statements are only our
        // own words: strip those and check what remains.
        var code = ""
        var scalars = Array(script.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "/" where scalars.first == "/":
                while let next = scalars.first, next != "\n" { scalars.removeFirst() }
            case "'":
                var closed = false
                while let next = scalars.popFirst() {
                    if next == "\\" { scalars.removeFirst(); continue }
                    if next == "'" { closed = true; break }
                }
                #expect(closed, "an unterminated string literal")
                code += "''"
            case "`":
                var closed = false
                while let next = scalars.popFirst() {
                    if next == "`" {
                        if scalars.first == "`" { scalars.removeFirst(); continue }
                        closed = true
                        break
                    }
                }
                #expect(closed, "an unterminated backtick name")
                code += "``"
            default:
                code.unicodeScalars.append(scalar)
            }
        }
        #expect(!code.contains("DELETE") && !code.contains("DETACH"))
        let statements = code.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        // The constraint, the nodes, and one statement per relationship type.
        let types = Set(graph.relations.values.map { CypherEscaping.relationshipType($0.kind.rawValue) })
        #expect(statements.count == 2 + types.count)
        #expect(statements.dropFirst().allSatisfy { $0.hasPrefix("LOAD CSV WITH HEADERS FROM ''") })
    }

    @Test func cypherLiteralsEscapeQuotesBackslashesAndControls() {
        #expect(CypherEscaping.literal("O'Brien \\ \n\u{1F}") == "'O\\'Brien \\\\ \\n\\u001F'")
        #expect(CypherEscaping.name("a`b") == "`a``b`")
        #expect(CypherEscaping.relationshipType("located_in") == "LOCATED_IN")
    }

    @Test func csvFieldsQuoteAndDoubleQuotes() {
        #expect(CSVEscaping.field("a,\"b\"\nc") == "\"a,\"\"b\"\"\nc\"")
        #expect(CSVEscaping.field(nil) == "" && CSVEscaping.field("") == "")
        #expect(CSVEscaping.array(["x\u{1F}y", "z"]) == "\"x\u{FFFD}y\u{1F}z\"")
    }
}
