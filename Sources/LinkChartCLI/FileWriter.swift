import Foundation

/// Writes output files, creating folders as needed, with errors that name the file.
enum FileWriter {
    static func write(_ bytes: [UInt8], to path: String) throws {
        try write(Data(bytes), to: path)
    }

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw CLIError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Writes `text` as UTF-8 straight from the string's storage: an export of a large
    /// corpus is hundreds of megabytes, and a copy would double the memory it needs.
    static func write(_ text: String, to path: String) throws {
        try withUTF8Data(text) { try write($0, to: path) }
    }

    /// Writes `text` to `path`, or to standard output when `path` is nil, without copying it.
    static func emit(_ text: String, to path: String?) throws {
        try withUTF8Data(text) { try emit($0, to: path) }
    }

    /// Writes `data` to `path`, or to standard output when `path` is nil.
    static func emit(_ data: Data, to path: String?) throws {
        if let path {
            try write(data, to: path)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// `body` given the UTF-8 bytes of `text` as Data that borrows the string's storage.
    private static func withUTF8Data<T>(_ text: String, _ body: (Data) throws -> T) throws -> T {
        var text = text
        return try text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return try body(Data()) }
            return try body(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
        }
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
