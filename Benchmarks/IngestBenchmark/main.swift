// Measures `linkchart ingest` on a corpus of varied copies of the development reports and
// seeds (see `VariedReports`), against the speed of extraction alone.
//
//   swift build -c release --product linkchart; swift build -c release --product linkchart-ingest-benchmark
//   .build/release/linkchart-ingest-benchmark [--reports 10000] [--runs 3] [--no-extraction] [--keep]
//
// 1. Writes the reports to a temporary folder.
// 2. Runs the release `linkchart ingest FOLDER --db FRESH.sqlite` as a child process, `--runs`
//    times, each into a new store: wall time, reports/s, MB/s, the child's peak memory
//    (max RSS from wait4) and the store's size (database plus write-ahead log); then once
//    more into the last store, where every report is unchanged (hashed and skipped).
//    Right after each ingest run, this program runs itself as a child
//    (`--one-core-extraction FOLDER N`) to extract the folder's first 2,000 reports, read
//    into memory first, on one core: the yardstick, taken beside each run so that the
//    ratio of the two is not thrown off by the machine's speed drifting between them.
// 3. Extraction alone, in this process: on one core (the first 2,000 reports, serially,
//    for the writer's input), on every core (all the reports, `Extractor.extractAll`, as
//    ingest extracts); then the writer alone: the first 2,000 reports' facts written into
//    a fresh store, one transaction each, as ingest writes them (`--writer-only` skips
//    step 2).
// The target (issue 5): ingest at >= 80% of one-core extraction speed times the cores; the
// figure printed is the median over the runs of each run's ratio to its own yardstick.
import BenchmarkSupport
import Extraction
import Foundation
import GraphCore
import GraphStore
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var reports = 10_000
    var runs = 3
    var extraction = true
    var keep = false
    var writerOnly = false
    /// Internal: the folder and report count of a one-core extraction run (see step 2).
    var oneCoreExtraction: (folder: String, reports: Int)?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--one-core-extraction":
                guard let folder = iterator.next(), let count = iterator.next().flatMap(Int.init) else { Self.usage() }
                oneCoreExtraction = (folder, count)
            case "--reports": reports = iterator.next().flatMap(Int.init) ?? reports
            case "--runs": runs = max(1, iterator.next().flatMap(Int.init) ?? runs)
            case "--no-extraction": extraction = false
            case "--keep": keep = true
            case "--writer-only": writerOnly = true
            default: Self.usage()
            }
        }
    }

    static func usage() -> Never {
        FileHandle.standardError.write(Data(
            "usage: linkchart-ingest-benchmark [--reports N] [--runs N] [--no-extraction] [--writer-only] [--keep]\n".utf8))
        exit(64)
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

/// Runs `program arguments…` with stdout to `output` and stderr discarded; its exit status,
/// peak resident memory in MiB and CPU seconds (user and system).
func spawn(_ program: String, _ arguments: [String], output: String) -> (status: Int32, peakMiB: Double, cpu: Double) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else {
        BenchmarkReports.fail("cannot run \(program)")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let exited = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return (exited, Double(usage.ru_maxrss) / 1024, cpu)  // ru_maxrss is in KiB on Linux
}

/// CPU seconds (user and system) this process has used so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
}

let options = Options(CommandLine.arguments)

/// The one-core yardstick, run as a child: the first `count` reports of `folder` (in the
/// order `ingest` lists them) read into memory, then extracted one after another; prints
/// the megabytes of text and the seconds the extraction took.
func extractOnOneCore(folder: String, count: Int) -> Never {
    var reports: [Report] = []
    do {
        _ = try CorpusReader.forEachFile(folder) { file, path, id in
            guard reports.count < count else { return }
            reports.append(try CorpusReader.readReport(atFile: file, path: path, id: id))
        }
    } catch {
        BenchmarkReports.fail("cannot read \(folder): \(error)")
    }
    let extractor = BenchmarkReports.extractor()
    let bytes = reports.reduce(0) { $0 + $1.text.utf8.count }
    let started = ContinuousClock.now
    for report in reports { _ = extractor.extract(report) }
    let elapsed = ContinuousClock.now - started
    print("\(Double(bytes) / 1e6) \(seconds(elapsed)) \(reports.count)")
    exit(0)
}
if let run = options.oneCoreExtraction { extractOnOneCore(folder: run.folder, count: run.reports) }
let root = BenchmarkReports.root(fromMain: #filePath)
let binFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let linkchart = binFolder.appendingPathComponent("linkchart").path
guard FileManager.default.isExecutableFile(atPath: linkchart) else {
    BenchmarkReports.fail("\(linkchart) not found: build it first (swift build -c release --product linkchart)")
}
let extractor = BenchmarkReports.extractor()
let clock = ContinuousClock()
let cores = ProcessInfo.processInfo.activeProcessorCount

// 1. The corpus, on disk.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-ingest-bench-\(getpid())")
let corpus = folder.appendingPathComponent("corpus")
let varied = VariedReports(root: root, extractor: extractor)
var bytes = 0
var paths: [String] = []
let writing = clock.measure {
    var made: Set<String> = []
    for index in 0..<options.reports {
        let file = varied.file(index)
        let url = corpus.appendingPathComponent(file.path)
        let parent = url.deletingLastPathComponent().path
        if made.insert(parent).inserted { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        let data = Data(file.text.utf8)
        bytes += data.count
        if (try? data.write(to: url)) == nil { BenchmarkReports.fail("cannot write \(url.path)") }
        paths.append(file.path)
    }
}
let megabytes = Double(bytes) / 1_000_000
print("corpus: \(options.reports) reports, \(format(megabytes)) MB (\(varied.sourceCount) source reports, names varied per copy), written in \(format(seconds(writing), 2)) s")
print("machine: \(cores) cores")

// 2. Ingest, each run into a fresh store: first, while this process is small, since the
// child's peak memory starts from this process's size when it is spawned.
var rates: [Double] = []
var ingestCPU: [Double] = []
/// Each run's ingest speed over one-core extraction times the cores (step 2).
var pairedRatios: [Double] = []
let yardstickReports = min(2_000, options.reports)

/// MB/s of one-core extraction of the corpus's first `yardstickReports` reports, measured
/// by this program run as a child (see step 2); nil when `--no-extraction`.
func oneCoreExtractionRate(run: Int) -> Double? {
    guard options.extraction else { return nil }
    let output = folder.appendingPathComponent("one-core-\(run).txt").path
    let child = spawn(CommandLine.arguments[0], ["--one-core-extraction", corpus.path, String(yardstickReports)], output: output)
    let fields = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    guard child.status == 0, fields.count == 3, fields[1] > 0 else { BenchmarkReports.fail("the one-core extraction run failed; see \(output)") }
    print("  one-core extraction beside it (\(Int(fields[2])) reports): \(format(fields[0] / fields[1], 2)) MB/s")
    return fields[0] / fields[1]
}

for run in options.writerOnly ? [] : Array(1...options.runs) {
    let db = folder.appendingPathComponent("store-\(run).sqlite").path
    let answer = folder.appendingPathComponent("ingest-\(run).json").path
    let started = ContinuousClock.now
    let result = spawn(linkchart, ["ingest", corpus.path, "--db", db, "--json"], output: answer)
    let elapsed = seconds(ContinuousClock.now - started)
    guard result.status == 0 else { BenchmarkReports.fail("ingest exited with \(result.status); see \(answer)") }
    let json = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: answer)))) as? [String: Any]
    guard json?["added"] as? Int == options.reports else { BenchmarkReports.fail("ingest added \(json?["added"] ?? "nothing"), expected \(options.reports)") }
    let store = fileSize(db) + fileSize(db + "-wal")
    let rate = Double(options.reports) / elapsed
    rates.append(rate)
    ingestCPU.append(result.cpu)
    print("ingest run \(run): \(format(elapsed, 2)) s, \(format(rate)) reports/s, \(format(megabytes / elapsed, 2)) MB/s, \(format(result.cpu, 2)) s of CPU, peak memory \(format(result.peakMiB, 0)) MiB, store \(format(Double(store) / 1e6)) MB (database \(format(Double(fileSize(db)) / 1e6)) MB + log \(format(Double(fileSize(db + "-wal")) / 1e6)) MB)")
    if let yardstick = oneCoreExtractionRate(run: run) {
        pairedRatios.append(megabytes / elapsed / (yardstick * Double(cores)))
        print("  ingest at \(format(100 * pairedRatios.last!, 0))% of it x \(cores) cores")
    }
    if run < options.runs {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        continue
    }
    // The same corpus again into the last store: every report is only hashed, and skipped.
    let again = ContinuousClock.now
    let rerun = spawn(linkchart, ["ingest", corpus.path, "--db", db, "--json"], output: answer)
    let rerunSeconds = seconds(ContinuousClock.now - again)
    let rerunJSON = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: answer)))) as? [String: Any]
    guard rerun.status == 0, rerunJSON?["unchanged"] as? Int == options.reports else {
        BenchmarkReports.fail("the second ingest did not find every report unchanged; see \(answer)")
    }
    print("ingest again, all unchanged: \(format(rerunSeconds, 2)) s, \(format(rerun.cpu, 2)) s of CPU, peak memory \(format(rerun.peakMiB, 0)) MiB")
    if !options.keep {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    }
}
// 3. Extraction alone.
var oneCoreRate: Double?
var allCoresRate: Double?
var extractionCPU: Double?
if options.extraction {
    var reports: [Report] = []
    reports.reserveCapacity(paths.count)
    for path in paths {
        guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path),
            let report = try? ReportReader.read(data, path: "corpus/" + path, id: DocumentID(rawValue: String(path.dropLast(4))))
        else { BenchmarkReports.fail("cannot read back \(path)") }
        reports.append(report)
    }
    let sample = Array(reports.prefix(2_000))
    let sampleBytes = sample.reduce(0) { $0 + $1.text.utf8.count }
    var facts: [ReportFacts] = []
    let serial = clock.measure { facts = sample.map(extractor.extract) }
    oneCoreRate = Double(sample.count) / seconds(serial)
    print("extraction, one core, in this process (\(sample.count) reports): \(format(oneCoreRate ?? 0)) reports/s, \(format(Double(sampleBytes) / 1e6 / seconds(serial), 2)) MB/s")
    let writerDB = folder.appendingPathComponent("writer.sqlite").path
    do {
        let store = try GraphStore(path: writerDB)
        let hashes = sample.map { ContentHash(of: $0.text) }
        let cpuBefore = cpuSeconds()
        let written = try clock.measure {
            for (index, item) in facts.enumerated() {
                try store.replace(item, file: "/bench/" + paths[index], hash: hashes[index])
            }
        }
        print("writer alone (\(facts.count) reports, one transaction each): \(format(Double(facts.count) / seconds(written))) reports/s, \(format(1000 * seconds(written) / Double(facts.count), 2)) ms per report (\(format(1000 * (cpuSeconds() - cpuBefore) / Double(facts.count), 2)) ms of CPU), log \(format(Double(fileSize(writerDB + "-wal")) / 1e6)) MB")
    } catch {
        BenchmarkReports.fail("writer: \(error)")
    }
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: writerDB + suffix) }
    let cpuBeforeAll = cpuSeconds()
    let parallel = clock.measure { facts = extractor.extractAll(reports) }
    extractionCPU = cpuSeconds() - cpuBeforeAll
    allCoresRate = Double(reports.count) / seconds(parallel)
    print("extraction, \(cores) cores (\(reports.count) reports): \(format(allCoresRate ?? 0)) reports/s, \(format(megabytes / seconds(parallel), 2)) MB/s, \(format(extractionCPU ?? 0, 2)) s of CPU")
}

if rates.isEmpty {  // --writer-only
    try? FileManager.default.removeItem(at: folder)
    exit(0)
}
rates.sort()
let median = rates[rates.count / 2]
var summary = "ingest: median \(format(median)) reports/s, \(format(median * megabytes / Double(options.reports), 2)) MB/s"
if !pairedRatios.isEmpty {
    let ratio = pairedRatios.sorted()[pairedRatios.count / 2]
    summary += "; \(format(100 * ratio, 0))% of one-core extraction x \(cores) cores (median of the runs' ratios to the extraction run beside each; target 80%)"
}
if let allCoresRate {
    summary += "; \(format(100 * median / allCoresRate, 0))% of extraction on all cores"
}
print(summary)
ingestCPU.sort()
var cpuSummary = "ingest CPU: median \(format(ingestCPU[ingestCPU.count / 2], 2)) s"
if let extractionCPU {
    cpuSummary += "; extraction alone takes \(format(100 * extractionCPU / ingestCPU[ingestCPU.count / 2], 0))% of it"
}
var load = [0.0, 0.0, 0.0]
if getloadavg(&load, 3) == 3 { cpuSummary += " (load average now \(format(load[0], 2)) on \(cores) cores)" }
print(cpuSummary)
if options.keep {
    print("kept \(folder.path)")
} else {
    try? FileManager.default.removeItem(at: folder)
}
