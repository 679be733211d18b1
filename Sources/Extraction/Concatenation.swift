/// Joins a few strings with one allocation.
///
/// `a + b + c` and repeated `+=` build a new string (or grow one) at every step; event names
/// and identifiers are made for every event of every report, so they are written into one
/// buffer of the final size instead.
enum Concatenation {
    /// `parts` joined, with no separator.
    static func of(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "") -> String {
        let count = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
        return String(unsafeUninitializedCapacity: count) { out in
            var at = 0
            put(a, into: out, at: &at)
            put(b, into: out, at: &at)
            put(c, into: out, at: &at)
            put(d, into: out, at: &at)
            put(e, into: out, at: &at)
            return at
        }
    }

    @inline(__always)
    private static func put(_ part: String, into out: UnsafeMutableBufferPointer<UInt8>, at: inout Int) {
        let copied: Void? = part.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            UnsafeMutableRawPointer(out.baseAddress! + at).copyMemory(from: base, byteCount: bytes.count)
            at += bytes.count
        }
        if copied == nil {
            for byte in part.utf8 {
                out[at] = byte
                at += 1
            }
        }
    }
}
