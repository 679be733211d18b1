// Measures what curation costs when a graph is built: the decisions applied to every
// report's facts before they are merged, against merging the same facts uncurated.
//
//   swift run -c release linkchart-curation-benchmark [--reports 10000] [--decisions 20] [--runs 5]
//
// The facts: the development reports and the seeds, extracted and copied under new report
// identifiers until there are --reports of them (so the hubs are named in thousands of
// reports, the case that costs most). The decisions are drawn from the most-named entities,
// in a fixed mix: 40% alias (half for names no report uses), 20% merge, 15% reject, 15%
// retype, 10% split.
import BenchmarkSupport
import Curation
import Extraction
import Foundation
import GraphCore

struct Options {
    var reports = 10_000
    var decisions = 20
    var runs = 5

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--reports": reports = iterator.next().flatMap(Int.init) ?? reports
            case "--decisions": decisions = iterator.next().flatMap(Int.init) ?? decisions
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            default:
                FileHandle.standardError.write(Data("usage: linkchart-curation-benchmark [--reports N] [--decisions N] [--runs N]\n".utf8))
                exit(64)
            }
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The median time of `runs` runs of `body`, in milliseconds.
func median(_ runs: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let times = (0..<max(1, runs)).map { _ in seconds(clock.measure(body)) * 1000 }.sorted()
    return times[times.count / 2]
}

let options = Options(CommandLine.arguments)
let sources = BenchmarkReports.sources(under: BenchmarkReports.root(fromMain: #filePath))
let extractor = BenchmarkReports.extractor()
// Extract each source once, then copy its facts under each copy's identifier: the copies
// are what a corpus of that size gives to curation, without extracting it all.
let originals = extractor.extractAll(BenchmarkReports.repeated(sources) { reports, _ in reports.count == sources.count })
var facts: [ReportFacts] = []
facts.reserveCapacity(options.reports)
for copy in 0..<((options.reports + originals.count - 1) / originals.count) {
    for original in originals where facts.count < options.reports {
        let id = DocumentID(rawValue: String(format: "%05d/", copy) + original.document.id.rawValue)
        func moved(_ mention: Mention) -> Mention {
            Mention(document: id, sentence: mention.sentence, start: mention.start, end: mention.end, text: mention.text)
        }
        let entities = original.entities.map { entity in
            var entity = entity
            if entity.kind == .event, let scoped = entity.id.rawValue.split(separator: ":").last {
                entity.id = EntityID(rawValue: "event:\(id.rawValue):\(scoped)")
            }
            entity.mentions = entity.mentions.map(moved)
            return entity
        }
        let events = Dictionary(uniqueKeysWithValues: zip(original.entities.map(\.id), entities.map(\.id)))
        let relations = original.relations.map { relation in
            Relation(source: events[relation.source] ?? relation.source, target: events[relation.target] ?? relation.target, kind: relation.kind,
                     evidence: relation.evidence.map { Evidence(document: id, sentence: $0.sentence, text: $0.text) })
        }
        var document = original.document
        document.id = id
        facts.append(ReportFacts(document: document, entities: entities, relations: relations))
    }
}

// Decisions on the most-named entities that are not events.
let graph = EntityGraph(merging: facts)
let named = graph.entities.values.filter { $0.kind != .event }
    .sorted { ($0.documents.count, $1.id) > ($1.documents.count, $0.id) }
func handle(_ entity: Entity) -> EntityHandle { EntityHandle(id: entity.id, name: entity.name) }
/// Hands out the most-named entities in turn, each once.
struct Picker {
    let named: [Entity]
    var next = 0
    mutating func take() -> Entity {
        defer { next += 1 }
        return named[next % named.count]
    }
}
var picker = Picker(named: named)
var decisions: [CurationDecision] = []
for number in 0..<options.decisions {
    let action: CurationAction
    switch number % 20 {
    case 0, 1, 2, 3: action = .alias(handle(picker.take()), alias: picker.take().name)
    case 4, 5, 6, 7: action = .alias(handle(picker.take()), alias: "future name \(number)")
    case 8, 9, 10, 11: action = .merge(handle(picker.take()), into: handle(picker.take()))
    case 12, 13, 14: action = .reject(handle(picker.take()))
    case 15, 16, 17:
        let entity = picker.take()
        action = .retype(handle(entity), to: entity.kind == .agency ? .place : .agency)
    default:
        let entity = picker.take()
        action = .split(handle(entity), report: entity.documents.first ?? "none")
    }
    decisions.append(CurationDecision(action))
}
let curator = FactsCurator(decisions)

let mentions = facts.reduce(0) { $0 + $1.entities.reduce(0) { $0 + $1.mentions.count } }
print("\(facts.count) reports, \(graph.entities.count) entities, \(graph.relations.count) relations, \(mentions) mentions; \(decisions.count) decisions")
let both = median(options.runs) { _ = curator.graph(merging: facts) }
let merge = median(options.runs) { _ = EntityGraph(merging: facts) }
let apply = median(options.runs) { _ = curator.apply(facts) }
let curated = curator.apply(facts)
let mergeCurated = median(options.runs) { _ = EntityGraph(merging: curated) }
print(String(format: "merge only:            %8.1f ms", merge))
print(String(format: "apply decisions only:  %8.1f ms  (%.1f µs a report)", apply, apply * 1000 / Double(facts.count)))
print(String(format: "merge curated facts:   %8.1f ms", mergeCurated))
print(String(format: "apply, then merge:     %8.1f ms  (%.2f× merge only)", both, both / merge))
