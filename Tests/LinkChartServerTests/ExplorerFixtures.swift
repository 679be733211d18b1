import Extraction
import Foundation
import GraphCore
import Hummingbird
import HummingbirdTesting
import SVGTestSupport
import Testing

@testable import LinkChartServer

/// The repository's root, found from this file.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Explorers shared by the tests: built once, read by many tests at once, as the server shares them.
enum ExplorerFixtures {
    /// The seed reports, extracted, with their texts.
    static let seeds: Explorer = {
        do {
            let corpus = try CorpusReader.read(repositoryRoot.appendingPathComponent("seeds").path)
            let graph = try Extractor().graph(from: corpus.reports)
            var texts: [DocumentID: String] = [:]
            for report in corpus.reports { texts[report.document.id] = report.text }
            return Explorer(graph: graph, texts: texts)
        } catch {
            fatalError("the seeds could not be read: \(error)")
        }
    }()

    /// Names chosen to break HTML, XML, SVG, DOT and URL escaping.
    static let hostileNames = [
        #"say "hi""#,
        #"back\slash \N end\"#,
        "<script>alert(1)</script>",
        "Kim & Sons &amp; &lt;b&gt;",
        "O'Brien's <img src=x onerror=alert(2)>",
        "../../etc/passwd",
        "a/b?c=d#e%20f+g",
    ]

    /// A report naming every hostile name, in a document whose id and title are hostile too,
    /// with relations between neighbours whose evidence repeats the names.
    static let hostile: Explorer = {
        let document = Document(id: "dir/r<1>&\"x\"", path: "corpus/dir/r<1>.txt", title: "<b>Report</b> & \"title\"", source: "<script>x</script>")
        var text = "Title: <b>Report</b> & \"title\"\n\n🇰🇵 평양 report. "
        var graph = EntityGraph()
        graph.add(document)
        let kinds: [EntityKind] = [.person, .place, .agency, .event]
        var entities: [Entity] = []
        for (index, name) in hostileNames.enumerated() {
            let start = text.unicodeScalars.count
            text += name
            let mention = Mention(document: document.id, sentence: index, start: start, end: text.unicodeScalars.count, text: name)
            text += " met <i>someone</i> & left.\n"
            let entity = Entity(id: EntityID(rawValue: "\(kinds[index % 4].rawValue):<x\(index)>/\"q\"'"), name: name,
                                kind: kinds[index % 4], aliases: ["\(name) (alias)"], mentions: [mention])
            graph.add(entity)
            entities.append(entity)
        }
        for (a, b) in zip(entities, entities.dropFirst()) {
            try? graph.add(Relation(source: a.id, target: b.id, kind: .coMentioned,
                                    evidence: [Evidence(document: document.id, sentence: 0, text: "\(a.name) met \(b.name) <br>.")]))
        }
        return Explorer(graph: graph, texts: [document.id: text])
    }()
}

/// One answer read from the router: status, headers and body text.
struct Answer {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var text: String

    var contentType: String { headers[.contentType] ?? "" }

    /// The body parsed as JSON.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The body parsed as XML (pages are well-formed XML as well as HTML).
    var xml: SVGDocument? { SVGDocument(Array(text.utf8)) }
}

/// Sends `uris` in order to an in-process server over `explorer` and returns the answers.
func get(_ uris: [String], from explorer: Explorer) async throws -> [Answer] {
    let app = Application(router: ExplorerServer.router(explorer))
    return try await app.test(.router) { client in
        var answers: [Answer] = []
        for uri in uris {
            let answer = try await client.execute(uri: uri, method: .get) { response in
                Answer(status: response.status, headers: response.headers, text: String(buffer: response.body))
            }
            answers.append(answer)
        }
        return answers
    }
}

/// Sends one request to an in-process server over `explorer`.
func get(_ uri: String, from explorer: Explorer = ExplorerFixtures.seeds) async throws -> Answer {
    try await get([uri], from: explorer)[0]
}

/// The link targets of a page: every `href` and `xlink:href` that stays on the server.
func serverLinks(in answer: Answer) -> [String] {
    guard let document = answer.xml else { return [] }
    return document.elements.flatMap { element in ["href", "xlink:href"].compactMap { element.attributes[$0] } }
        .filter { $0.hasPrefix("/") }
}
