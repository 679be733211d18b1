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
        String(decoding: utf8[Int(offsets[start])..<Int(offsets[end])], as: UTF8.self)
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
