import QueryAnswers

/// Prints values as pretty, key-sorted JSON on standard output (see ``AnswerJSON``).
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        Swift.print(try string(value))
    }

    static func string<T: Encodable>(_ value: T) throws -> String {
        try AnswerJSON.string(value)
    }
}
