/// A report's UTF-8 bytes with the byte offset of every code point, so that the text
/// between two code-point offsets becomes a `String` by copying bytes, not by appending
/// scalars one at a time.
struct TextSlice: Sendable {
    let utf8: [UInt8]
    /// `offsets[i]` is the byte where code point `i` starts; the last entry is the length.
    let offsets: [Int32]

    /// - Parameter utf8: Valid UTF-8.
    init(utf8: [UInt8]) {
        self.utf8 = utf8
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count + 1)
        for (index, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
            offsets.append(Int32(index))
        }
        offsets.append(Int32(utf8.count))
        self.offsets = offsets
    }

    /// `utf8` with `offsets` already worked out (see ``ReportReader/decode(_:)``): the byte
    /// where each code point starts, then the length.
    init(utf8: [UInt8], offsets: [Int32]) {
        self.utf8 = utf8
        self.offsets = offsets
    }

    /// The text of code points `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        utf8[Int(offsets[start])..<Int(offsets[end])].withUnsafeBufferPointer(Self.string(copying:))
    }

    /// `bytes` (valid UTF-8) as a string, copied into one of their size.
    ///
    /// Not decoded (`String(decoding:)`): a text of up to 15 bytes, most names and words,
    /// then becomes a small string with only a check that it is ASCII, where decoding
    /// scans it for ASCII and copies it in two more calls. Longer texts are checked as
    /// decoding checks them (for ASCII, then in full when they are not).
    static func string(copying bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            _ = out.initialize(fromContentsOf: bytes)
            return bytes.count
        }
    }

    /// The text of code points `start..<end` with its whitespace collapsed (see
    /// ``ReportReader/clean(_:straightenApostrophes:)``), without building it first.
    func cleanString(_ start: Int, _ end: Int, straightenApostrophes: Bool = false) -> String {
        utf8.withUnsafeBufferPointer { bytes in
            ReportReader.clean(UnsafeBufferPointer(rebasing: bytes[Int(offsets[start])..<Int(offsets[end])]),
                               straightenApostrophes: straightenApostrophes)
        }
    }
}
