// Measures every query of GraphQuery on a graph of 10,000 reports, built in memory.
//
//   swift run -c release linkchart-query-benchmark [--reports 10000] [--runs 7]
//
// The graph: the facts extracted from the development reports and the seeds (14 reports),
// copied until there are 10,000 reports. Copying alone would give 14 reports' entities with
// huge evidence lists, so each copy renames most entities:
// - entities named in at least 3 of the 14 reports (Daily NK, North Korea, the Ministry of
//   State Security, the big provinces…) keep their names: they become the hubs that real
//   corpora have, linked to thousands of entities;
// - people are renamed in every copy (each report has its own witnesses and officials);
// - other places and agencies are renamed into one of 40 variants, so each variant is shared
//   by about 18 copies, as counties and local bodies recur across reports;
// - events belong to their report already, so every copy has its own.
// A renamed entity gets a generated Korean-looking word in place of one word of its name
// and aliases (`Onsong County` -> `Hyoksang County`), so names stay realistic for search.
import BenchmarkSupport
import Extraction
import Foundation
import GraphCore
import GraphQuery

struct Options {
    var reports = 10_000
    var runs = 7

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--reports": reports = iterator.next().flatMap(Int.init) ?? reports
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            default:
                FileHandle.standardError.write(Data("usage: linkchart-query-benchmark [--reports N] [--runs N]\n".utf8))
                exit(64)
            }
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func milliseconds(_ duration: Duration) -> Double { seconds(duration) * 1000 }

let options = Options(CommandLine.arguments)
let sources = BenchmarkReports.sources(under: BenchmarkReports.root(fromMain: #filePath)).compactMap { source in
    try? ReportReader.read(source.data, path: "\(source.folder)/\(source.name)", id: DocumentID(rawValue: String(source.name.dropLast(4))))
}
let extractor = BenchmarkReports.extractor()
let clock = ContinuousClock()
let sourceFacts = sources.map(extractor.extract)

// Entities named in at least 3 source reports stay shared: the hubs.
var reportsNaming: [EntityID: Int] = [:]
for facts in sourceFacts {
    for entity in facts.entities where entity.kind != .event { reportsNaming[entity.id, default: 0] += 1 }
}
let hubs = Set(reportsNaming.filter { $0.value >= 3 }.keys)

func copy(_ facts: ReportFacts, number: Int) -> ReportFacts {
    let oldID = facts.document.id
    let newID = DocumentID(rawValue: String(format: "c%04d/", number) + oldID.rawValue)
    var document = facts.document
    document.id = newID
    document.path = "bench/\(newID.rawValue).txt"
    var ids: [EntityID: EntityID] = [:]
    var entities: [Entity] = []
    for entity in facts.entities {
        var name = entity.name
        var aliases = entity.aliases
        let id: EntityID
        if entity.kind == .event {
            id = EntityID(rawValue: entity.id.rawValue.replacingOccurrences(of: "event:\(oldID.rawValue):", with: "event:\(newID.rawValue):"))
        } else if hubs.contains(entity.id) || number == 0 {
            id = entity.id
        } else {
            let variant = entity.kind == .person ? number : number % 40
            name = renamed(entity.name, kind: entity.kind, variant: variant, base: entity.id.rawValue)
            aliases = aliases.map { renamed($0, kind: entity.kind, variant: variant, base: entity.id.rawValue) }
            id = EntityID(kind: entity.kind, name: name)
        }
        ids[entity.id] = id
        let mentions = entity.mentions.map { Mention(document: newID, sentence: $0.sentence, start: $0.start, end: $0.end, text: $0.text) }
        entities.append(Entity(id: id, name: name, kind: entity.kind, aliases: aliases, mentions: mentions,
                               category: entity.category, trigger: entity.trigger, date: entity.date))
    }
    let relations = facts.relations.compactMap { relation -> Relation? in
        guard let source = ids[relation.source], let target = ids[relation.target] else { return nil }
        let evidence = relation.evidence.map { Evidence(document: newID, sentence: $0.sentence, text: $0.text) }
        return Relation(source: source, target: target, kind: relation.kind, evidence: evidence)
    }
    return ReportFacts(document: document, entities: entities, relations: relations)
}

var allFacts: [ReportFacts] = []
allFacts.reserveCapacity(options.reports)
while allFacts.count < options.reports {
    let number = allFacts.count / sourceFacts.count
    allFacts.append(copy(sourceFacts[allFacts.count % sourceFacts.count], number: number))
}
var graph = EntityGraph()
let mergeTime = clock.measure { graph = EntityGraph(merging: allFacts) }
allFacts = []
var index: GraphIndex?
let indexTime = clock.measure { index = GraphIndex(graph) }
let built = index!  // assigned just above
var search: NameSearch?
let searchTime = clock.measure { search = NameSearch(built) }
let names = search!  // assigned just above

let degrees = built.entities.map { built.neighborCount(of: $0.id) }
let byDegree = built.entities.indices.sorted { degrees[$0] > degrees[$1] }
let hub = built.entities[byDegree[0]], secondHub = built.entities[byDegree[1]]
let events = built.entities.filter { $0.kind == .event }
print("graph: \(graph.documents.count) reports (\(sources.count) distinct, renamed per copy), \(graph.entities.count) entities, \(graph.relations.count) relations")
print("hubs: \(hub.name) (\(degrees[byDegree[0]]) neighbours), \(secondHub.name) (\(degrees[byDegree[1]]) neighbours); \(events.count) events")
print(String(format: "built once: merge %.0f ms, GraphIndex %.0f ms, NameSearch %.0f ms", milliseconds(mergeTime), milliseconds(indexTime), milliseconds(searchTime)))

// Entities far apart: a person of an early copy and one of a late copy.
let people = built.entities.filter { $0.kind == .person && !hubs.contains($0.id) }
let nearPerson = people.first { $0.documents.first?.rawValue.hasPrefix("c0001/") == true } ?? people[0]
let farPerson = people.last { $0.documents.first?.rawValue.hasPrefix(String(format: "c%04d/", options.reports / sourceFacts.count - 1)) == true } ?? people[people.count - 1]
let places = built.entities.indices.filter { built.entities[$0].kind == .place && !hubs.contains(built.entities[$0].id) && degrees[$0] > 20 }.map { built.entities[$0] }
let placeA = places.first ?? hub, placeB = places.dropFirst(places.count / 2).first ?? secondHub

struct Measurement {
    var name: String
    var times: [Double]
    var answer: String
}

var results: [Measurement] = []
@MainActor func measure(_ name: String, _ body: () -> String) {
    var times: [Double] = []
    var answer = ""
    for _ in 0..<max(1, options.runs) {
        let elapsed = clock.measure { answer = body() }
        times.append(milliseconds(elapsed))
    }
    times.sort()
    results.append(Measurement(name: name, times: times, answer: answer))
}

measure("lookup \"\(hub.name)\"") { if case .found(let e) = built.lookup(hub.name) { return e.name } else { return "?" } }
measure("neighbors hub, depth 1, limit 20") {
    let n = built.neighbors(of: hub.id, NeighborQuery(depth: 1, limit: 20))!
    return "\(n.neighbors.count) of \(n.total)"
}
measure("neighbors hub, depth 2, limit 20") {
    let n = built.neighbors(of: hub.id, NeighborQuery(depth: 2, limit: 20))!
    return "\(n.neighbors.count) of \(n.total)"
}
measure("neighbors place, depth 2, --relation located_in") {
    let n = built.neighbors(of: placeA.id, NeighborQuery(depth: 2, relationKinds: [.locatedIn]))!
    return "\(n.neighbors.count) of \(n.total)"
}
measure("explain hub, second hub") { "\(built.explain(hub.id, secondHub.id)!.items.count) sentences" }
measure("path person -> person (far apart)") {
    built.shortestPath(from: nearPerson.id, to: farPerson.id).map { "\($0.steps.count) hops" } ?? "none"
}
measure("path --all --max-length 3, place -> place") {
    let set = built.allPaths(from: placeA.id, to: placeB.id, maxLength: 3, limit: 10)!
    return "\(set.paths.count) of \(set.found)\(set.complete ? "" : "+ (budget)")"
}
measure("path --all --max-length 4, person -> person") {
    let set = built.allPaths(from: nearPerson.id, to: farPerson.id, maxLength: 4, limit: 10)!
    return "\(set.paths.count) of \(set.found)\(set.complete ? "" : "+ (budget)")"
}
measure("common hub, second hub, limit 20") {
    let c = built.commonNeighbors(hub.id, secondHub.id, limit: 20)!
    return "\(c.neighbors.count) of \(c.total)"
}
measure("reports hub + second hub, limit 20") {
    let r = built.reports(mentioning: [hub.id, secondHub.id], limit: 20)!
    return "\(r.reports.count) of \(r.total)"
}
measure("top --by degree") { built.top(by: .degree).entities.first?.entity.name ?? "" }
measure("top --by pagerank") { built.top(by: .pagerank).entities.first?.entity.name ?? "" }
measure("top --by betweenness (sampled)") {
    let ranking = built.top(by: .betweenness)
    return "\(ranking.entities.first?.entity.name ?? ""), \(ranking.sources ?? 0) sources"
}
measure("search \"Ministry of Stat Securty\" (typo)") { names.search("Ministry of Stat Securty").first.map { "\($0.entity.name) \(String(format: "%.2f", $0.score))" } ?? "none" }
measure("search \"Gilju\" (romanisation)") { names.search("Gilju").first.map { "\($0.entity.name) \(String(format: "%.2f", $0.score))" } ?? "none" }
measure("search \"ministry\" (prefix)") { "\(names.search("ministry").count) hits" }
measure("timeline, all events, limit 50") {
    let t = built.timeline(limit: 50)!
    return "\(t.entries.count) of \(t.total)"
}
measure("timeline of hub, limit 50") {
    let t = built.timeline(of: hub.id, limit: 50)!
    return "\(t.entries.count) of \(t.total)"
}

print("")
print("| query | median ms | min | max | answer |")
print("|---|---|---|---|---|")
for result in results {
    let median = result.times[result.times.count / 2]
    print("| \(result.name) | \(String(format: "%.1f", median)) | \(String(format: "%.1f", result.times[0])) | \(String(format: "%.1f", result.times[result.times.count - 1])) | \(result.answer) |")
}
