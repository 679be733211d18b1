/// The 64-bit FNV-1a hash of a report's text, which tells `ingest` whether a report changed.
///
/// Not SHA-256: the hash is only ever compared with the previous hash of the same report, to
/// skip re-extracting it, so the question is "did this file change?", not "can anyone forge
/// a match?" (whoever can edit the corpus can change the graph anyway). An accidental match
/// between two versions of one file has odds of 2⁻⁶⁴, and the byte count is compared too.
/// FNV-1a needs no library (Foundation on Linux has no SHA-256) and hashes about a gigabyte a
/// second, next to extraction's dozen megabytes.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    /// The hash.
    public var value: UInt64
    /// The number of UTF-8 bytes hashed.
    public var size: Int

    public init(value: UInt64, size: Int) {
        self.value = value
        self.size = size
    }

    /// The hash of `text`'s UTF-8 bytes.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public init(of text: String) {
        var text = text
        self = text.withUTF8 { ContentHash(buffer: $0) }
    }

    /// The hash of a text given as its UTF-8 bytes: the same as ``init(of:)`` of that text,
    /// without decoding it.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public init(utf8 bytes: some Collection<UInt8>) {
        // Contiguous bytes (Data, arrays) are hashed through a pointer: several times faster
        // than going through a generic collection's indices.
        if let hash = bytes.withContiguousStorageIfAvailable(ContentHash.init(buffer:)) {
            self = hash
            return
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.init(value: hash, size: bytes.count)
    }

    private init(buffer: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.init(value: hash, size: buffer.count)
    }

    /// Sixteen hexadecimal digits.
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
