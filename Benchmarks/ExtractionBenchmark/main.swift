// Measures extraction speed: the development reports and seeds, repeated to at least
// 50 MB, extracted on one core. Prints MB/s (min, median, max over several runs), the time
// to merge the facts into one graph, and the process's peak memory.
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

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = iterator.next().flatMap(Int.init) ?? megabytes
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--no-merge": merge = false
            default:
                FileHandle.standardError.write(Data("usage: linkchart-benchmark [--megabytes N] [--runs N] [--no-merge]\n".utf8))
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
var rates: [Double] = []
var facts: [ReportFacts] = []
for run in 1...max(1, options.runs) {
    var produced: [ReportFacts] = []
    produced.reserveCapacity(reports.count)
    let elapsed = clock.measure {
        for report in reports { produced.append(extractor.extract(report)) }
    }
    let rate = megabytes / seconds(elapsed)
    rates.append(rate)
    print("run \(run): extraction \(String(format: "%.2f", seconds(elapsed))) s, \(String(format: "%.1f", rate)) MB/s on one core")
    facts = produced
}
rates.sort()
let median = rates[rates.count / 2]
print("extraction MB/s (one core): min \(String(format: "%.1f", rates[0])), median \(String(format: "%.1f", median)), max \(String(format: "%.1f", rates[rates.count - 1]))")

// The same corpus on every core, as the command-line tool extracts it.
let cores = ProcessInfo.processInfo.activeProcessorCount
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
