import Foundation
import GraphCore

/// Turns the bytes of one report file into a ``Report``.
///
/// A report may open with header lines (`Title: …`, `Date: …`, `Source: …`) followed by a
/// blank line; they become the document's title, date and source and are not read as
/// report text. Without a `Title:` header, the title is the report's first line.
public enum ReportReader {
    /// Header keys recognised at the top of a report (lower case).
    static let headerKeys: Set<String> = ["title", "date", "source", "author", "url", "byline"]
    /// The longest header key, with some leading space allowed.
    static let maximumHeaderKeyLength = 10
    /// Titles longer than this are shortened to their first sentence, then cut at a word.
    static let maximumTitleLength = 160

    /// The code points of a report file and where each starts, after the checks that reject
    /// it: a NUL byte or more than one control character in ten (binary), invalid UTF-8,
    /// nothing but whitespace.
    ///
    /// The text is validated, and its control characters counted, while it is decoded (see
    /// ``decode(_:)``); the offset of a bad byte is looked for only when there is one (and
    /// a NUL byte then, which makes the file binary however the rest reads). `ingest` reads
    /// every new report through here.
    private static func checked(_ bytes: [UInt8], path: String) throws -> (scalars: [Unicode.Scalar], offsets: [Int32]) {
        guard let decoded = decode(bytes) else {
            if bytes.contains(0) { throw ExtractionError.binaryFile(file: path) }
            throw ExtractionError.invalidUTF8(file: path, byteOffset: firstInvalidUTF8Offset(bytes) ?? 0)
        }
        if decoded.controls.hasNUL { throw ExtractionError.binaryFile(file: path) }
        if !decoded.scalars.isEmpty, decoded.controls.count * 10 > decoded.scalars.count { throw ExtractionError.binaryFile(file: path) }
        guard decoded.scalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw ExtractionError.emptyReport(file: path)
        }
        return (decoded.scalars, decoded.offsets)
    }

    /// Reads a report from its bytes.
    ///
    /// - Parameters:
    ///   - data: The file's contents.
    ///   - path: The path shown in the graph and in error messages.
    ///   - id: The report's identifier.
    /// - Throws: ``ExtractionError/emptyReport(file:)``, ``ExtractionError/binaryFile(file:)``
    ///   or ``ExtractionError/invalidUTF8(file:byteOffset:)``.
    public static func read(_ data: Data, path: String, id: DocumentID) throws -> Report {
        let bytes = [UInt8](data)
        let (scalars, offsets) = try checked(bytes, path: path)
        var start = 0
        if scalars.first == "\u{FEFF}" { start = 1 }
        let slice = TextSlice(utf8: bytes, offsets: offsets)
        let (headers, bodyStart, ranges) = parseHeaders(scalars, from: start, slice: slice)
        let title = headers["title"].map { clean($0) } ?? firstLine(scalars, from: bodyStart, slice: slice)
        let document = Document(
            id: id, path: path, title: shorten(title),
            date: headers["date"].map(normalizeDate), source: headers["source"].map { clean($0) })
        // Title, source and byline name entities too (an outlet, a place in a headline, the
        // report's authors).
        let named = ["title", "source", "author", "byline"].compactMap { ranges[$0] }.sorted { $0.lowerBound < $1.lowerBound }
        let bylines = ["author", "byline"].compactMap { ranges[$0] }
        return Report(document: document, scalars: scalars, bodyStart: bodyStart, headerRanges: named,
                      bylineRanges: bylines, slice: slice)
    }

    /// The code points of `bytes` and the byte offset where each starts (with the length
    /// last, as ``TextSlice`` keeps them), in one pass that also validates the UTF-8; nil
    /// when it is not valid (an unexpected or missing continuation byte, an overlong form,
    /// a surrogate, or a code point past U+10FFFF). ASCII, most of a report, is one byte
    /// to one code point. Also the control characters met, which are all ASCII: how many
    /// there are besides line feeds, carriage returns, tabs and form feeds, and whether one
    /// is a NUL.
    static func decode(_ bytes: [UInt8]) -> (scalars: [Unicode.Scalar], offsets: [Int32], controls: (count: Int, hasNUL: Bool))? {
        let n = bytes.count
        var valid = true
        var count = 0
        var controls = (count: 0, hasNUL: false)
        // Written through pointers: appending checked each array's uniqueness per code point.
        var offsets = [Int32](repeating: 0, count: n + 1)
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { output, initialized in
            offsets.withUnsafeMutableBufferPointer { starts in
                bytes.withUnsafeBufferPointer { input in
                    var i = 0
                    var k = 0
                    defer { count = k }
                    while i < n {
                        let lead = input[i]
                        starts[k] = Int32(truncatingIfNeeded: i)
                        if lead < 0x80 {
                            if lead < 0x20 {
                                if lead == 0 { controls.hasNUL = true }
                                if lead != 0x0A && lead != 0x0D && lead != 0x09 && lead != 0x0C { controls.count += 1 }
                            }
                            output[k] = Unicode.Scalar(lead)
                            k += 1
                            i += 1
                            continue
                        }
                        // The number of continuation bytes, and the range the first must be in.
                        let length: Int
                        var low: UInt8 = 0x80
                        var high: UInt8 = 0xBF
                        switch lead {
                        case 0xC2...0xDF: length = 1
                        case 0xE0: length = 2; low = 0xA0
                        case 0xE1...0xEC, 0xEE, 0xEF: length = 2
                        case 0xED: length = 2; high = 0x9F
                        case 0xF0: length = 3; low = 0x90
                        case 0xF1...0xF3: length = 3
                        case 0xF4: length = 3; high = 0x8F
                        default: valid = false; return
                        }
                        guard i + length < n, input[i + 1] >= low, input[i + 1] <= high else { valid = false; return }
                        var value = UInt32(lead) & (length == 1 ? 0x1F : length == 2 ? 0x0F : 0x07)
                        for c in 1...length {
                            let byte = input[i + c]
                            guard byte & 0xC0 == 0x80 else { valid = false; return }
                            value = value << 6 | UInt32(byte & 0x3F)
                        }
                        guard let scalar = Unicode.Scalar(value) else { valid = false; return }
                        output[k] = scalar
                        k += 1
                        i += length + 1
                    }
                    starts[k] = Int32(truncatingIfNeeded: n)
                }
            }
            initialized = count
        }
        guard valid else { return nil }
        offsets.removeSubrange((count + 1)...)
        return (scalars, offsets, controls)
    }

    /// Whether Foundation's `CharacterSet.whitespaces` (`newlines` false) or
    /// `.whitespacesAndNewlines` holds `scalar`: space separators and tab, and with newlines
    /// also line feed to carriage return, next line and the line and paragraph separators.
    static func isTrimmed(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: return true
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return newlines
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// `text` without the ``isTrimmed(_:newlines:)`` code points at either end, as
    /// Foundation's `trimmingCharacters(in:)` gives it.
    static func trimmed(_ text: Substring, newlines: Bool) -> String {
        let view = text.unicodeScalars
        guard let first = view.firstIndex(where: { !isTrimmed($0, newlines: newlines) }) else { return "" }
        let last = view.lastIndex(where: { !isTrimmed($0, newlines: newlines) })!
        return String(Substring(view[first...last]))  // the bytes copied, not the code points appended
    }

    static func trimmed(_ text: String, newlines: Bool) -> String {
        trimmed(text[...], newlines: newlines)
    }

    /// Header lines at the top, ended by a blank line; `[:]` and `start` when there are none.
    static func parseHeaders(_ scalars: [Unicode.Scalar], from start: Int, slice: TextSlice) -> ([String: String], Int, [String: Range<Int>]) {
        var headers: [String: String] = [:]
        var ranges: [String: Range<Int>] = [:]
        var position = start
        while position < scalars.count {
            var lineEnd = position
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            // A header line has its colon within the first few characters ("Source:");
            // anything else is report text, found without building the line as a string.
            let head = scalars[position..<min(lineEnd, position + maximumHeaderKeyLength + 2)]
            if !head.contains(":"), !scalars[position..<lineEnd].allSatisfy(\.properties.isWhitespace) { break }
            let line = trimmed(slice.string(position, lineEnd), newlines: true)
            let next = min(lineEnd + 1, scalars.count)
            if line.isEmpty {
                return headers.isEmpty ? ([:], start, [:]) : (headers, next, ranges)
            }
            guard let colon = line.firstIndex(of: ":") else { break }
            let key = trimmed(line[..<colon], newlines: false).lowercased()
            guard headerKeys.contains(key) else { break }
            headers[key] = trimmed(line[line.index(after: colon)...], newlines: false)
            if let colonOffset = scalars[position..<lineEnd].firstIndex(of: ":") {
                ranges[key] = (colonOffset + 1)..<lineEnd
            }
            position = next
        }
        return ([:], start, [:])  // no blank line after the header block: it was report text
    }

    /// The first line from `start` with anything but whitespace, cleaned; copied from the
    /// UTF-8 bytes, not appended code point by code point.
    static func firstLine(_ scalars: [Unicode.Scalar], from start: Int, slice: TextSlice) -> String {
        var position = start
        while position < scalars.count {
            var lineEnd = position
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let line = slice.cleanString(position, lineEnd)
            if !line.isEmpty { return line }
            position = lineEnd + 1
        }
        return ""
    }

    /// Collapses runs of whitespace to one space and trims the ends; with
    /// `straightenApostrophes`, also writes `’` as `'` (for names, not for quoted text).
    ///
    /// Works on UTF-8 bytes: this runs for every sentence and every name.
    static func clean(_ text: String, straightenApostrophes: Bool = false) -> String {
        var text = text
        // A text that is clean already is returned as it is, not copied.
        if text.withUTF8({ isClean($0, straightenApostrophes: straightenApostrophes) }) { return text }
        return text.withUTF8 { clean($0, straightenApostrophes: straightenApostrophes) }
    }

    /// Whether ``clean(_:straightenApostrophes:)`` would return `bytes` unchanged: no
    /// whitespace but single spaces between other characters (see ``whitespaceWidth(_:at:)``),
    /// and, with `straightenApostrophes`, no curly apostrophe. Most sentences are like this,
    /// curly quotes and dashes included, and are then copied as they are.
    ///
    /// Read sixteen bytes at a time while seventeen are left (see ``Block``), the last block
    /// moved back to end one byte before the text (the checks are about the bytes, not
    /// where a block starts, so reading some twice changes nothing); a shorter text, and a
    /// block with the lead byte of a wider space or the apostrophe, byte by byte.
    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, straightenApostrophes: Bool) -> Bool {
        let n = bytes.count
        // No space, line break or other control character at either end (nor an empty text).
        guard let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20 else { return false }
        guard n >= Block.reach else {
            return !(0..<n).contains { startsChange(bytes, at: $0, straightenApostrophes: straightenApostrophes) }
        }
        var i = 0
        while true {
            let block = Block(bytes, at: i)
            if block.hasTwoSpacesInARow || block.hasControlCharacter { return false }
            if block.hasLeadByteOfWideSpaceOrApostrophe,
                (i..<i + Block.width).contains(where: { startsChange(bytes, at: $0, straightenApostrophes: straightenApostrophes) })
            {
                return false
            }
            if i == n - Block.reach { return true }
            i = min(i + Block.width, n - Block.reach)
        }
    }

    /// Whether ``clean(_:straightenApostrophes:)`` changes the character that starts at
    /// `i`: a control character (line breaks and tabs among them), a space after which
    /// another follows, a wider space, or (when straightening) a curly apostrophe.
    @inline(__always)
    private static func startsChange(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, straightenApostrophes: Bool) -> Bool {
        switch bytes[i] {
        case 0x20: return i + 1 < bytes.count && bytes[i + 1] == 0x20
        case ..<0x20: return true
        case 0xC2, 0xE2, 0xE3:
            return whitespaceWidth(bytes, at: i) > 0 || straightenApostrophes && isCurlyApostrophe(bytes, at: i)
        default: return false
        }
    }

    /// Sixteen bytes of text, and the sixteen from one byte later, compared all at once as
    /// vectors (SIMD): the checks of ``isClean(_:straightenApostrophes:)`` for sixteen bytes
    /// cost about what one byte costs read alone.
    struct Block {
        /// The bytes compared at once.
        static let width = 16
        /// The bytes read: the sixteen, and the one after them (the pair it makes with the last).
        static let reach = 17
        let here: SIMD16<UInt8>
        let next: SIMD16<UInt8>

        /// The bytes from `offset`, which must leave ``reach`` of them in `bytes`.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
            precondition(offset >= 0 && offset + Block.reach <= bytes.count, "a block reaches past the text")
            let start = UnsafeRawPointer(bytes.baseAddress!) + offset
            here = start.loadUnaligned(as: SIMD16<UInt8>.self)
            next = (start + 1).loadUnaligned(as: SIMD16<UInt8>.self)
        }

        /// Whether a space is followed by another (the last of the sixteen by the byte after).
        @inline(__always)
        var hasTwoSpacesInARow: Bool { Block.any((here .== Block.every(0x20)) .& (next .== Block.every(0x20))) }

        /// Whether a byte is below a space: a line break, tab or other control character.
        @inline(__always)
        var hasControlCharacter: Bool { Block.any(here .< Block.every(0x20)) }

        /// Whether a byte is `0xC2`, `0xE2` or `0xE3`, which start the wider spaces and the
        /// curly apostrophe (and curly quotes, dashes and much else, told apart byte by byte).
        @inline(__always)
        var hasLeadByteOfWideSpaceOrApostrophe: Bool { Block.any((here .== Block.every(0xC2)) .| ((here & Block.every(0xFE)) .== Block.every(0xE2))) }

        /// `byte` in every lane. The comparisons are written between two vectors: those with
        /// a single byte (`here .== 0x20`) compile to a loop over the lanes.
        @inline(__always)
        private static func every(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }

        /// Whether any lane of `mask` is set. A lane is all zeros or all ones, so the mask is
        /// read as two integers (one instruction each) rather than with `any(_:)`, which the
        /// standard library reduces in a call of its own.
        @inline(__always)
        private static func any(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
            let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
            return halves[0] | halves[1] != 0
        }
    }

    /// Eight bytes of text read as one integer, the first in the lowest byte, so that which
    /// of them are spaces or outside printable ASCII is worked out for all eight at once.
    struct Word {
        let bits: UInt64
        /// The high bit of every byte.
        static let highBits: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of the first byte, and of the last.
        static let firstByte: UInt64 = 0x80
        static let lastByte: UInt64 = 0x80 << 56

        /// The eight bytes from `offset` (which must leave eight), or nil without a base.
        @inline(__always)
        init?(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
            guard let base = bytes.baseAddress else { return nil }
            bits = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        }

        /// Whether every byte is printable ASCII or a space (0x20 to 0x7F).
        ///
        /// A byte below 0x80 plus 0x60 reaches 0x80 exactly when it is 0x20 or more, and no
        /// sum carries into the next byte.
        @inline(__always)
        var isPrintableASCII: Bool {
            let atLeastSpace = (bits & ~Word.highBits) &+ 0x6060_6060_6060_6060
            return (bits | ~atLeastSpace) & Word.highBits == 0
        }

        /// The high bit of each byte that is a space (0x20), and no other bit.
        ///
        /// The bytes that are spaces become 0 when XORed with spaces; a byte is 0 when
        /// neither its low seven bits (which, plus 0x7F, reach 0x80 unless all 0, without
        /// carrying) nor its high bit are set.
        @inline(__always)
        var spaces: UInt64 {
            let x = bits ^ 0x2020_2020_2020_2020
            return ~(((x & ~Word.highBits) &+ ~Word.highBits) | x) & Word.highBits
        }
    }

    /// The width in bytes of the whitespace character that starts at `i` in `bytes` (valid
    /// UTF-8), or 0 when it is not one: ASCII whitespace, a no-break space or next-line
    /// (`U+00A0`, `U+0085`), the spaces and separators of `U+2000` to `U+200A`, `U+2028`,
    /// `U+2029`, `U+202F`, `U+205F`, and the ideographic space `U+3000`.
    @inline(__always)
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = bytes.count
        switch bytes[i] {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2 where i + 1 < n && (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0x85): return 2
        case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80
            && (bytes[i + 2] <= 0x8A || bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xAF):
            return 3
        case 0xE2 where i + 2 < n && bytes[i + 1] == 0x81 && bytes[i + 2] == 0x9F: return 3
        case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80: return 3
        default: return 0
        }
    }

    /// Whether the curly apostrophe `’` (`E2 80 99`) starts at `i` in `bytes`.
    @inline(__always)
    private static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }

    /// ``clean(_:straightenApostrophes:)`` of the text in `bytes` (valid UTF-8), written
    /// straight into the new string: the result is never longer than the input.
    static func clean(_ bytes: UnsafeBufferPointer<UInt8>, straightenApostrophes: Bool) -> String {
        if isClean(bytes, straightenApostrophes: straightenApostrophes) { return String(decoding: bytes, as: UTF8.self) }
        let n = bytes.count
        return String(unsafeUninitializedCapacity: n) { out in
            var count = 0
            var pendingSpace = false
            var i = 0
            // Where the byte-by-byte reading stops to try eight bytes at once again.
            var byteByByteEnd = 0
            while i < n {
                // Eight bytes of printable ASCII with no two spaces in a row are copied as
                // they are, after any space pending before them, unless they start with a
                // space that would be dropped or doubled (see ``Word``). A space at their end
                // becomes the pending space. The output is never ahead of the input, so
                // writing eight bytes at `count` stays inside it.
                if i >= byteByByteEnd, i + 8 <= n, let word = Word(bytes, at: i), word.isPrintableASCII,
                    case let spaces = word.spaces, spaces & (spaces >> 8) == 0,
                    spaces & Word.firstByte == 0 || (!pendingSpace && count > 0)
                {
                    if pendingSpace {
                        out[count] = 0x20
                        count += 1
                    }
                    UnsafeMutableRawPointer(out.baseAddress! + count).storeBytes(of: word.bits.littleEndian, as: UInt64.self)
                    pendingSpace = spaces & Word.lastByte != 0
                    count += pendingSpace ? 7 : 8
                    i += 8
                    continue
                }
                if i >= byteByByteEnd { byteByByteEnd = i + 8 }
                let byte = bytes[i]
                // Printable ASCII and the lead bytes of no whitespace or apostrophe: kept.
                if byte > 0x20, byte < 0xC2 || (byte > 0xC2 && byte < 0xE2) || byte > 0xE3 {
                    if pendingSpace {
                        out[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    out[count] = byte
                    count += 1
                    i += 1
                    continue
                }
                let space = whitespaceWidth(bytes, at: i)
                if space > 0 {
                    pendingSpace = count > 0
                    i += space
                    continue
                }
                if pendingSpace {
                    out[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                if straightenApostrophes, isCurlyApostrophe(bytes, at: i) {
                    out[count] = 0x27
                    count += 1
                    i += 3
                    continue
                }
                out[count] = byte
                count += 1
                i += 1
            }
            return count
        }
    }

    /// A long first line (a whole lead paragraph) is cut to its first sentence, and that to
    /// a word boundary, so titles stay readable in tables and diagrams. `title` is cleaned
    /// (see ``clean(_:straightenApostrophes:)``): single spaces, none at either end.
    static func shorten(_ title: String) -> String {
        // Bytes bound code points, and code points characters, from above: short titles
        // skip both counts.
        guard title.utf8.count > maximumTitleLength else { return title }
        // Counting characters is slow, and titles taken from a lead paragraph are long: a
        // title whose first code points are each a character by themselves (ASCII, curly
        // quotes, dashes, Hangul: nearly all) is cut on its bytes.
        var title = title
        switch TitleCut(title) {
        case .whole: return title
        case .cut(let end, let ellipsis):
            return title.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[..<end]), as: UTF8.self) } + (ellipsis ? "…" : "")
        case .characters: break
        }
        guard title.unicodeScalars.count > maximumTitleLength && title.count > maximumTitleLength else { return title }
        var shortened = title
        // The first ". ", else "? ", else "! ": found on the bytes (each is ASCII, so a
        // match is never inside a wider character).
        if let end = firstEndOfSentence(in: title) {
            shortened = String(title[..<end])
        }
        guard shortened.count > maximumTitleLength else { return shortened }
        // The words of the first 159 characters but the last (cut short), joined by single
        // spaces as they already are: the title is cleaned.
        let cut = shortened.prefix(maximumTitleLength - 1)
        var end = cut.endIndex
        while end > cut.startIndex, cut[cut.index(before: end)] == " " { end = cut.index(before: end) }
        guard let space = cut[..<end].lastIndex(of: " ") else { return String(cut) + "…" }
        return String(cut[..<space]) + "…"
    }

    /// Where ``shorten(_:)`` cuts a title, worked out on its UTF-8 bytes when its first
    /// 161 code points are each a character by themselves, so that counting code points
    /// counts characters.
    private enum TitleCut {
        /// The title is within the limit.
        case whole
        /// The title's first `end` bytes, and an ellipsis after them if `ellipsis`.
        case cut(end: Int, ellipsis: Bool)
        /// A code point in reach may join the next into one character: characters must be
        /// counted.
        case characters

        /// The title up to its first ". " (else "? ", else "! ") when that is within the
        /// limit; else the words of its first 159 characters but the last (cut short),
        /// and an ellipsis.
        init(_ title: String) {
            let limit = ReportReader.maximumTitleLength
            // The byte offset where each of the first limit + 1 code points starts.
            var starts: [Int] = []
            starts.reserveCapacity(limit + 1)
            var offset = 0
            for scalar in title.unicodeScalars {
                guard starts.count <= limit else { break }
                guard ReportReader.isCharacterByItself(scalar.value) else {
                    self = .characters
                    return
                }
                starts.append(offset)
                offset += UTF8.width(scalar)
            }
            guard starts.count > limit else {
                self = .whole
                return
            }
            var title = title
            self = title.withUTF8 { bytes in
                // Within the limit when the sentence ends no later than code point `limit` starts.
                if let end = ReportReader.firstEndOfSentence(in: bytes), end <= starts[limit] {
                    return .cut(end: end, ellipsis: false)
                }
                // The first limit - 1 code points, without trailing spaces, up to the last space.
                var trimmed = starts[limit - 1]
                while trimmed > 0, bytes[trimmed - 1] == 0x20 { trimmed -= 1 }
                let space = (0..<trimmed).last { bytes[$0] == 0x20 }
                return .cut(end: space ?? starts[limit - 1], ellipsis: true)
            }
        }
    }

    /// Whether a code point is always a character by itself, whatever is around it: ASCII
    /// but the carriage return (which joins a line feed after it), Latin-1 and the Latin
    /// letters up to U+02FF (the combining marks start at U+0300), general punctuation
    /// (dashes, curly quotes, the ellipsis; not the joiners before U+2010), Hangul
    /// syllables (Hangul jamo, which join, are not in the list) and the common CJK
    /// ideographs.
    private static func isCharacterByItself(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x80: value != 0x0D
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0xAC00...0xD7A3, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// Where the text up to and including the first ". " ends, else the first "? ", else
    /// the first "! ": read once over the bytes.
    private static func firstEndOfSentence(in title: String) -> String.Index? {
        var title = title
        guard let offset = title.withUTF8(firstEndOfSentence(in:)) else { return nil }
        return title.utf8.index(title.utf8.startIndex, offsetBy: offset)
    }

    /// ``firstEndOfSentence(in:)`` of UTF-8 bytes, as a byte offset: each of ". ", "? " and
    /// "! " is ASCII, so a match is never inside a wider character.
    private static func firstEndOfSentence(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var found: (Int?, Int?, Int?) = (nil, nil, nil)
        guard bytes.count >= 2 else { return nil }
        for i in 1..<bytes.count where bytes[i] == 0x20 {
            switch bytes[i - 1] {
            case UInt8(ascii: "."): if found.0 == nil { found.0 = i }
            case UInt8(ascii: "?"): if found.1 == nil { found.1 = i }
            case UInt8(ascii: "!"): if found.2 == nil { found.2 = i }
            default: break
            }
            if found.0 != nil { break }
        }
        return found.0 ?? found.1 ?? found.2
    }

    /// `2019-05-14` stays; `May 14, 2019`, `14 May 2019`, `Dec. 30, 2019`, `2019/05/14` and
    /// `2019.05.14` become ISO dates; anything else is kept as written.
    static func normalizeDate(_ raw: String) -> String {
        let value = clean(raw)
        let parts = value.split(whereSeparator: { " ,/.-".contains($0) }).map(String.init)
        func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
            guard (1...12).contains(month), (1...31).contains(day), (1000...9999).contains(year) else { return nil }
            return EventDate.format(year, month, day)
        }
        func month(_ word: String) -> Int? {
            let prefix = word.lowercased().prefix(3)
            return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
                .firstIndex(of: String(prefix)).map { $0 + 1 }
        }
        guard parts.count == 3 else { return value }
        if let year = Int(parts[0]), parts[0].count == 4, let m = Int(parts[1]), let d = Int(parts[2]) {
            return iso(year, m, d) ?? value
        }
        if let m = month(parts[0]), let d = Int(parts[1]), let year = Int(parts[2]) {
            return iso(year, m, d) ?? value
        }
        if let d = Int(parts[0]), let m = month(parts[1]), let year = Int(parts[2]) {
            return iso(year, m, d) ?? value
        }
        return value
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
