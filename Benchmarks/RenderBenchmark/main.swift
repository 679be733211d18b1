// Measures how long diagrams take to draw: overviews (and the timeline and the largest
// ego network) of corpora of 100, 1,000 and 10,000 reports, and a dense 200-node,
// 600-edge co-occurrence graph. Each figure is the median of several runs of selecting
// what to draw (the cut to the most important nodes) plus laying it out and writing SVG
// in-process with the engine linkchart picks by default.
//
// The corpora are the development reports and the seeds, repeated with a different
// document id each time (`00042/d01_….txt`) and extracted like any corpus. People, places
// and agencies recur across copies, as they do in real reporting; events are scoped to
// their report, so there is one set of events per copy.
//
//   swift run -c release linkchart-render-benchmark [--runs 3] [--reports 100,1000,10000] [--compare-dot]
import BenchmarkSupport
import Diagrams
import Extraction
import Foundation
import GraphCore
import GraphQuery
import GraphvizRendering

struct Options {
    var runs = 3
    var corpusSizes = [100, 1_000, 10_000]
    /// Also time `dot` on the dense graph: minutes, so only when asked.
    var compareDot = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--compare-dot": compareDot = true
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--reports":
                corpusSizes = (iterator.next() ?? "").split(separator: ",").compactMap { Int($0) }
            default:
                FileHandle.standardError.write(Data("usage: linkchart-render-benchmark [--runs N] [--reports 100,1000,10000] [--compare-dot]\n".utf8))
                exit(64)
            }
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Selects and draws a diagram as SVG `runs` times and prints one line of figures: the
/// median time to select what to draw, and the median time to lay it out and write SVG.
func measure(_ label: String, layout: LayoutEngine? = nil, _ build: () -> Diagram?, runs: Int) throws {
    var selecting: [Double] = []
    var rendering: [Double] = []
    var last: (Diagram, Diagram.Rendered)? = nil
    let clock = ContinuousClock()
    for _ in 0..<max(runs, 1) {
        let start = clock.now
        guard let diagram = build() else { return }
        let selected = clock.now
        let output = try diagram.render(format: .svg, layout: layout)
        rendering.append(seconds(clock.now - selected))
        selecting.append(seconds(selected - start))
        last = (diagram, output)
    }
    guard let (diagram, output) = last else { return }
    let pad = { (text: String, width: Int) in text + String(repeating: " ", count: max(width - text.count, 1)) }
    print(pad(label, 36) + pad("\(diagram.graph.entities.count) nodes, \(diagram.graph.relations.count) edges", 22)
        + pad(output.engine.rawValue, 6)
        + String(format: "select %6.3f s  render %6.3f s  %5d KB", selecting.sorted()[selecting.count / 2],
                 rendering.sorted()[rendering.count / 2], output.bytes.count / 1024))
}

/// `nodes` entities and `edges` relations shaped like sentence co-occurrence: a few hubs named
/// with almost everything (chosen with probability growing with their degree), a fifth of
/// the links typed, weights from 1 to 8.
func denseGraph(nodes: Int, edges: Int) throws -> EntityGraph {
    var random = SplitMix64(seed: 42)  // the same dense graph on every run
    precondition(edges <= nodes * (nodes - 1) / 2, "more edges than pairs")
    let document = Document(id: "dense", path: "bench/dense.txt", title: "dense co-occurrence graph")
    var graph = EntityGraph()
    graph.add(document)
    let kinds: [EntityKind] = [.person, .place, .agency, .event]
    let ids = (0..<nodes).map { index -> EntityID in
        let kind = kinds[index % 4]
        let id = EntityID(kind: kind, name: "\(kind.rawValue) \(index)")
        graph.add(Entity(
            id: id, name: "\(kind.rawValue.capitalized) number \(index)", kind: kind,
            mentions: [Mention(document: document.id, sentence: index, start: 0, end: 1, text: "x")]))
        return id
    }
    var degree = [Int](repeating: 1, count: ids.count)
    var pairs: Set<[Int]> = []
    while pairs.count < edges {
        let a = Int.random(in: 0..<ids.count, using: &random)
        // Preferential attachment: pick the other end in proportion to degree.
        var ticket = Int.random(in: 0..<degree.reduce(0, +), using: &random)
        var b = 0
        while ticket >= degree[b] {
            ticket -= degree[b]
            b += 1
        }
        guard a != b, pairs.insert([min(a, b), max(a, b)]).inserted else { continue }
        degree[a] += 1
        degree[b] += 1
        let kind: RelationKind = pairs.count % 5 == 0 ? .participant : .coMentioned
        let evidence = (0..<Int.random(in: 1...8, using: &random)).map {
            Evidence(document: document.id, sentence: pairs.count * 10 + $0, text: "Sentence \($0) naming both.")
        }
        try graph.add(Relation(source: ids[min(a, b)], target: ids[max(a, b)], kind: kind, evidence: evidence))
    }
    return graph
}

/// The development reports and seeds repeated to `count` reports with varied ids.
func corpus(_ count: Int, root: URL) -> [Report] {
    BenchmarkReports.repeated(BenchmarkReports.sources(under: root)) { reports, _ in reports.count >= count }
}

let options = Options(CommandLine.arguments)
let root = BenchmarkReports.root(fromMain: #filePath)
do {
    print("medians of \(options.runs) runs: selecting what to draw (the cut), then layout and SVG output in-process")
    let dense = try denseGraph(nodes: 200, edges: 600)
    let whole = { Diagram.subgraph(dense, name: "dense", title: "dense", maxNodes: 200) }
    try measure("dense 200/600, default engine", whole, runs: options.runs)
    try measure("dense 200/600, neato for comparison", layout: .neato, whole, runs: options.runs)
    if options.compareDot {
        try measure("dense 200/600, dot for comparison", layout: .dot, whole, runs: 1)
    }
    // The largest graph the automatic choice still sends to `dot`.
    let largestForDot = try denseGraph(nodes: LayoutChoice.dotNodeLimit, edges: LayoutChoice.dotEdgeLimit)
    try measure("dense 80/200, default engine", { Diagram.subgraph(largestForDot, name: "d", title: "d", maxNodes: 80) }, runs: options.runs)
    let extractor = try Extractor()
    for size in options.corpusSizes {
        let reports = corpus(size, root: root)
        let graph = extractor.graph(from: reports)
        print("corpus of \(reports.count) reports: \(graph.entities.count) entities, \(graph.relations.count) relations")
        try measure("  overview", { Diagram.overview(of: graph) }, runs: options.runs)
        try measure("  timeline", { Diagram.timeline(of: graph) }, runs: options.runs)
        if let hub = graph.entitiesByImportance().first {
            try measure("  ego, depth 1, of the top entity", { Diagram.ego(of: hub, in: graph, depth: 1) }, runs: options.runs)
        }
        if let first = graph.sortedDocuments.first {
            try measure("  one report", { Diagram.report(first.id, in: graph) }, runs: options.runs)
        }
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
