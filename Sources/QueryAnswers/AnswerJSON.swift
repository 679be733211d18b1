import Foundation

/// How every query answer is written as JSON: pretty, keys sorted, slashes unescaped.
///
/// The CLI's `--json` and the server's `/api/` both encode through here, so the two give
/// the same bytes for the same answer.
public enum AnswerJSON {
    /// `value` as UTF-8 JSON bytes.
    public static func data<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// `value` as JSON text.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }
}
