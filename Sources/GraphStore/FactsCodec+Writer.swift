import Foundation
import GraphCore

extension FactsCodec {
    /// A growing byte buffer written in place: appending a byte or a string is a bounds
    /// check and a copy, without an array's uniqueness checks. The owner deallocates it.
    struct Writer {
        private var base: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private var count = 0

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        func deallocate() { base.deallocate() }

        func array() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

        func data() -> Data { Data(bytes: base, count: count) }

        @inline(__always) private mutating func reserve(_ extra: Int) {
            if count + extra > capacity { grow(count + extra) }
        }

        private mutating func grow(_ needed: Int) {
            let larger = max(needed, capacity * 2)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            moved.update(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = larger
        }

        @inline(__always) mutating func byte(_ value: UInt8) {
            reserve(1)
            base[count] = value
            count += 1
        }

        @inline(__always) mutating func int(_ value: Int) {
            reserve(10)
            var rest = UInt64(bitPattern: Int64(value))
            while rest >= 0x80 {
                base[count] = UInt8(rest & 0x7F) | 0x80
                count += 1
                rest >>= 7
            }
            base[count] = UInt8(rest)
            count += 1
        }

        @inline(__always) mutating func string(_ value: String) {
            Self.withBytes(of: value) { append($0) }
        }

        private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            int(bytes.count)
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
            reserve(bytes.count)
            (base + count).update(from: start, count: bytes.count)
            count += bytes.count
        }

        /// `value` as the number of its first bytes that are also the first bytes of
        /// `previous`, then the rest as a string: what a sorted list of aliases, or an
        /// identifier after the last one of its type, shrinks to.
        mutating func string(_ value: String, sharingPrefixWith previous: String) {
            var value = value
            var previous = previous
            value.withUTF8 { bytes in
                previous.withUTF8 { earlier in
                    let limit = min(bytes.count, earlier.count)
                    var shared = 0
                    while shared < limit, bytes[shared] == earlier[shared] { shared += 1 }
                    int(shared)
                    append(UnsafeBufferPointer(rebasing: bytes[shared...]))
                }
            }
        }

        /// A mention's text: 1 when it is the entity's `name`, 2 + k when it is alias k,
        /// else 0 and the text.
        mutating func mentionText(_ text: String, name: String, aliases: [String]) {
            if FactsCodec.same(text, name) { return int(1) }
            if let alias = aliases.firstIndex(where: { FactsCodec.same($0, text) }) { return int(2 + alias) }
            int(0)
            string(text)
        }

        /// Calls `body` with the UTF-8 bytes of `string`, in place when it is stored
        /// contiguously (as native strings are).
        @inline(__always) private static func withBytes<R>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
            return Array(string.utf8).withUnsafeBufferPointer(body)
        }

        mutating func strings(_ values: [String]) {
            int(values.count)
            for value in values.indices { string(values[value]) }
        }

        /// 0 for nil, else 1 and the string.
        @inline(__always) mutating func optional(_ value: String?) {
            guard let value else { return byte(0) }
            byte(1)
            string(value)
        }

        /// A relation's end: 1 + its index among the report's entities, or 0 and its
        /// identifier when the report does not name it.
        mutating func end(_ id: EntityID, _ numbers: EntityNumbers) {
            if let at = numbers.index(of: id.rawValue) {
                int(at + 1)
            } else {
                int(0)
                string(id.rawValue)
            }
        }
    }
}
