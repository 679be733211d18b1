// Measures extraction speed: the development reports and seeds, repeated to at least
// 50 MB, extracted on one core. Prints MB/s (min, median, max over several runs) twice: with
// each report's facts released once made (as `ingest` extracts: it writes them and lets
// them go), and with every report's facts kept (as `build` extracts, before its merge).
// Then the same on every core, the time to merge the facts into one graph, and the
// process's peak memory.
//
//   swift run -c release linkchart-benchmark [--megabytes 50] [--runs 3]
import BenchmarkSupport
import Extraction
import Foundation
import GraphCore

struct Options {
    var megabytes = 50
    var runs = 3
    var merge = true
    /// Only the first measure (reports released once extracted), for profiling.
    var streamingOnly = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = iterator.next().flatMap(Int.init) ?? megabytes
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--no-merge": merge = false
            case "--streaming-only": streamingOnly = true
            default:
                FileHandle.standardError.write(Data("usage: linkchart-benchmark [--megabytes N] [--runs N] [--no-merge] [--streaming-only]\n".utf8))
                exit(64)
            }
        }
    }
}

/// Peak resident memory of this process in MiB (VmHWM), or nil off Linux.
func peakMemoryMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }
    return nil
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let options = Options(CommandLine.arguments)
let sources = BenchmarkReports.sources(under: BenchmarkReports.root(fromMain: #filePath))

// Repeat the reports until the corpus holds the requested size.
let target = options.megabytes * 1_000_000
var bytes = 0
let reports = BenchmarkReports.repeated(sources) { _, next in
    guard bytes < target else { return true }
    bytes += next
    return false
}
let megabytes = Double(bytes) / 1_000_000
print("corpus: \(reports.count) reports, \(String(format: "%.1f", megabytes)) MB (\(sources.count) distinct reports repeated)")

let extractor = BenchmarkReports.extractor()

let clock = ContinuousClock()

/// Runs `prepare` (untimed) then `body` (timed) `runs` times, prints each run's rate and
/// the min, median and max, and returns the median MB/s.
func measure(_ label: String, runs: Int, prepare: () -> Void = {}, _ body: () -> Void) -> Double {
    var rates: [Double] = []
    for run in 1...max(1, runs) {
        prepare()
        let elapsed = clock.measure(body)
        let rate = megabytes / seconds(elapsed)
        rates.append(rate)
        print("\(label), run \(run): \(String(format: "%.2f", seconds(elapsed))) s, \(String(format: "%.1f", rate)) MB/s on one core")
    }
    rates.sort()
    let median = rates[rates.count / 2]
    print("\(label) MB/s (one core): min \(String(format: "%.1f", rates[0])), median \(String(format: "%.1f", median)), max \(String(format: "%.1f", rates[rates.count - 1]))")
    return median
}

// 1. Extraction as `ingest` runs it: each report's facts are made, handed on and released.
//    Their entity and relation counts are summed so that nothing can be optimised away.
var checksum = 0
let median = measure("extraction", runs: options.runs) {
    for report in reports {
        let facts = extractor.extract(report)
        checksum &+= facts.entities.count &+ facts.relations.count
    }
}
print("(facts made: \(checksum / max(1, options.runs)) entities and relations per run)")
if options.streamingOnly { exit(0) }

// 2. Extraction as `build` runs it: every report's facts are kept for the merge, so the
//    process keeps asking the system for fresh memory.
var facts: [ReportFacts] = []
_ = measure("extraction keeping every report's facts", runs: options.runs, prepare: { facts = [] }) {
    facts.reserveCapacity(reports.count)
    for report in reports { facts.append(extractor.extract(report)) }
}

// The same corpus on every core, as the command-line tool extracts it.
let cores = ProcessInfo.processInfo.activeProcessorCount
facts = []
let parallel = clock.measure { facts = extractor.extractAll(reports) }
let parallelRate = megabytes / seconds(parallel)
print("extraction MB/s (\(cores) cores): \(String(format: "%.1f", parallelRate)), \(String(format: "%.0f", 100 * parallelRate / (median * Double(cores))))% of \(cores) x one core")

if options.merge {
    var graph = EntityGraph()
    let merge = clock.measure {
        graph = EntityGraph(merging: facts)
    }
    print("merge into one graph: \(String(format: "%.2f", seconds(merge))) s, \(graph.entities.count) entities, \(graph.relations.count) relations")
}
if let peak = peakMemoryMiB() {
    print("peak memory: \(String(format: "%.0f", peak)) MiB")
}
