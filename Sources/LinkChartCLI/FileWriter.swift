import Foundation

/// Writes output files, creating folders as needed, with errors that name the file.
enum FileWriter {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw CLIError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes to `path`, or to standard output when `path` is nil.
    static func emit(_ bytes: [UInt8], to path: String?) throws {
        if let path {
            try write(bytes, to: path)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
