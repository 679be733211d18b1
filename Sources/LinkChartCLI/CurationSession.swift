import ArgumentParser
import Curation
import Foundation
import GraphCore
import GraphQuery

/// What every curation command works with: the corpus's curation file and the graph as
/// its decisions leave it, in which the names given on the command line are looked up.
struct CurationSession {
    /// The corpus folder; the curation file lives in it.
    let corpus: String
    /// The curation file's path.
    let path: String
    /// The decisions so far.
    private(set) var file: CurationFile
    /// The curated graph, from the store when it holds the corpus, else extracted.
    let index: GraphIndex

    init(_ options: CorpusOptions) throws {
        corpus = options.corpus
        path = CurationFile.path(forCorpus: options.corpus)
        file = try CurationFile.read(from: path)
        index = GraphIndex(try CorpusLoader.graph(options))
    }

    /// The entity a user means by `name` in the curated graph.
    ///
    /// A name that a decision rejected says so (and how to undo it) rather than suggesting
    /// other names; a name found only as an alias says, on stderr, which entity it found,
    /// since after a merge the old name leads to the entity it was merged into.
    func resolve(_ name: String) throws -> Entity {
        switch index.lookup(name) {
        case .found(let entity):
            if entity.id.rawValue != name && NameKey(entity.name) != NameKey(name) {
                StandardError.write("note: \"\(name)\" is an alias of \"\(entity.name)\" (\(entity.kind.rawValue), id \(entity.id)); acting on it")
            }
            return entity
        case .ambiguous(let candidates):
            throw CLIError.ambiguous(name: name, candidates: candidates)
        case .notFound(let suggestions):
            if let number = rejection(of: name) { throw CurationCommandError.rejected(name: name, number: number, file: path) }
            throw CLIError.noEntity(name: name, suggestions: suggestions)
        }
    }

    /// The number of the last decision that rejected an entity going by `name`.
    private func rejection(of name: String) -> Int? {
        let key = NameKey(name)
        return file.decisions.indices.last { index in
            guard case .reject(let entity) = file.decisions[index].action else { return false }
            return entity.id.rawValue == name || NameKey(entity.name) == key
        }.map { $0 + 1 }
    }

    /// `entity` as a decision names it.
    static func handle(_ entity: Entity) -> EntityHandle {
        EntityHandle(id: entity.id, name: entity.name)
    }

    /// Appends a decision to the file and writes it; returns the decision's number.
    mutating func record(_ action: CurationAction, _ options: DecisionOptions) throws -> Int {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder), isFolder.boolValue else {
            throw CurationCommandError.noCorpusFolder(corpus)
        }
        file.decisions.append(CurationDecision(action, by: options.by, note: options.note))
        try file.write(to: path)
        return file.decisions.count
    }

    /// Removes the decisions at `numbers` (counting from 1) and writes the file.
    mutating func remove(_ numbers: [Int]) throws {
        let drop = Set(numbers.map { $0 - 1 })
        file.decisions = file.decisions.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        try file.write(to: path)
    }

    /// Prints what was recorded: one line, or with `--json` the decision.
    func report(_ number: Int, json: Bool) throws {
        let decision = file.decisions[number - 1]
        if json {
            try JSONOutput.print(DecisionAnswer(file: path, recorded: true, decision: DecisionSummary(decision, number: number)))
        } else {
            print("decision \(number): \(decision.action.summary); written to \(path)")
        }
    }

    /// Prints why nothing was recorded: the decision would change nothing.
    func reportNothing(_ reason: String, json: Bool) throws {
        if json {
            try JSONOutput.print(DecisionAnswer(file: path, recorded: false, reason: reason))
        } else {
            print("\(reason); nothing recorded")
        }
    }
}

/// `--by`, `--note`: who made a decision and why, kept with it in the curation file.
struct DecisionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who makes the decision, kept with it.", valueName: "name"))
    var by: String?

    @Option(help: ArgumentHelp("Why, in a few words, kept with the decision.", valueName: "text"))
    var note: String?
}

/// The JSON answer of `merge`, `split`, `alias add`, `reject` and `retype`.
struct DecisionAnswer: Encodable {
    var file: String
    /// False when the decision would change nothing, and so was not written.
    var recorded: Bool
    var decision: DecisionSummary?
    var reason: String?
}

/// One decision in JSON, with the same keys as in the curation file.
struct DecisionSummary: Encodable {
    var number: Int
    var action: String
    var id: String
    var name: String
    var intoID: String?
    var into: String?
    var report: String?
    var alias: String?
    var type: String?
    var made: String
    var by: String?
    var note: String?
    var summary: String

    init(_ decision: CurationDecision, number: Int) {
        self.number = number
        action = decision.action.verb
        id = decision.action.entity.id.rawValue
        name = decision.action.entity.name
        switch decision.action {
        case .merge(_, let target):
            intoID = target.id.rawValue
            into = target.name
        case .split(_, let document):
            report = document.rawValue
        case .alias(_, let form):
            alias = form
        case .retype(_, let kind):
            type = kind.rawValue
        case .reject:
            break
        }
        made = ISO8601DateFormatter().string(from: decision.made)
        by = decision.by
        note = decision.note
        summary = decision.action.summary
    }

    enum CodingKeys: String, CodingKey {
        case number, action, id, name, into, report, alias, type, made, by, note, summary
        case intoID = "into_id"
    }
}
