import Curation
import Foundation

/// Why a curation or `diff` command refused to act; each exits with 2, like a name that
/// names nothing, since the fix is to name something else.
enum CurationCommandError: Error, CustomStringConvertible {
    /// The name was an entity until a decision rejected it.
    case rejected(name: String, number: Int, file: String)
    /// The two names given are one entity already.
    case alreadyOne(String, String, entity: String)
    /// `split`: the entity is not named in that report, or only there.
    case cannotSplit(name: String, report: String, reason: String)
    /// `alias remove`, `curation remove`: no such decision.
    case noDecision(String, file: String)
    /// `diff --since N`: the store has no ingest with that number.
    case noIngest(Int, count: Int)
    /// `diff --since`: neither an ingest number nor a date.
    case badSince(String)
    /// The curation file cannot be written because the corpus folder is missing.
    case noCorpusFolder(String)

    var exitCode: Int32 {
        switch self {
        case .noCorpusFolder: 1
        default: 2
        }
    }

    var description: String {
        switch self {
        case .rejected(let name, let number, let file):
            return "\"\(name)\" was rejected by decision \(number) in \(file); `linkchart curation remove \(number)` undoes that"
        case .alreadyOne(let a, let b, let entity):
            return "\"\(a)\" and \"\(b)\" are one entity already: \(entity)"
        case .cannotSplit(let name, let report, let reason):
            return "cannot split \"\(name)\" in report \(report): \(reason)"
        case .noDecision(let what, let file):
            return "no decision \(what) in \(file); `linkchart curation` lists them"
        case .noIngest(let number, let count):
            return count == 0
                ? "no ingest \(number): the store records no ingest yet"
                : "no ingest \(number); the store's ingests are numbered 1 to \(count) (`linkchart ingests` lists them)"
        case .badSince(let text):
            return "--since \"\(text)\" is neither an ingest number (`linkchart ingests` lists them) nor a date like 2026-10-01"
        case .noCorpusFolder(let corpus):
            return "\(corpus): no such folder to keep the curation file in; give the corpus folder with --corpus"
        }
    }
}
