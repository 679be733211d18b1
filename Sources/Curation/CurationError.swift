/// What can go wrong reading or writing a curation file, naming the file and the problem.
public enum CurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not valid YAML; `reason` is the parser's message with line and column.
    case notYAML(file: String, reason: String)
    /// The file is YAML but not a curation file of a version this build reads.
    case unsupported(file: String, reason: String)
    /// One decision is incomplete or holds a value that means nothing (decisions count from 1).
    case badDecision(file: String, number: Int, reason: String)
    /// The file could not be read or written.
    case io(file: String, reason: String)

    public var description: String {
        switch self {
        case .notYAML(let file, let reason):
            "\(file): not a YAML file: \(reason)"
        case .unsupported(let file, let reason):
            "\(file): not a linkchart curation file: \(reason)"
        case .badDecision(let file, let number, let reason):
            "\(file): decision \(number): \(reason); fix or delete it (`linkchart curation` lists the decisions)"
        case .io(let file, let reason):
            "\(file): \(reason)"
        }
    }
}
