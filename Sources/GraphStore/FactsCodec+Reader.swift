import GraphCore

extension FactsCodec {
    /// Reads an encoding of any version this one decodes: the methods that read a part
    /// whose layout changed between versions read it as `version` wrote it.
    struct Reader {
        let buffer: UnsafeBufferPointer<UInt8>
        var at = 0
        /// The encoding's version, its first byte.
        private(set) var version: UInt8 = 0
        /// The report's words (version 3), read by ``readWords()``.
        private var words: [String] = []
        /// The identifier of the last entity of each type read, by the type's word number.
        private var lastIDs: [String?] = []

        /// A reader after the version byte of `buffer`.
        ///
        /// - Throws: ``Damaged`` when the version is not one this code wrote.
        init(buffer: UnsafeBufferPointer<UInt8>) throws {
            self.buffer = buffer
            version = try byte()
            guard (1...FactsCodec.version).contains(version) else { throw Damaged(reason: "unknown encoding version") }
        }

        /// Reads the table of words, which versions before 3 do not have.
        mutating func readWords() throws {
            guard version >= 3 else { return }
            words = try strings()
            lastIDs = Array(repeating: nil, count: words.count)
        }

        /// A word: in version 3 its number in the table (0 for nil), before that the string.
        mutating func word() throws -> String? {
            guard version >= 3 else { return try optional() }
            let code = try int()
            return code == 0 ? nil : try element(of: words, at: code - 1)
        }

        mutating func skipWord() throws {
            if version >= 3 { _ = try int() } else if try byte() != 0 { try skipString() }
        }

        /// An entity's identifier, name and type, which version 3 writes type first: the
        /// identifier shares its first bytes with the last one of the same type (or with
        /// the type's name). With `skippingName`, the name is passed over and given as "".
        mutating func entityHead(skippingName: Bool = false) throws -> (id: String, name: String, kind: String) {
            func name() throws -> String {
                guard !skippingName else {
                    try skipString()
                    return ""
                }
                return try string()
            }
            guard version >= 3 else { return (try string(), try name(), try string()) }
            let number = try int()
            let kind = try element(of: words, at: number)
            let id = try string(sharingPrefixOf: lastIDs[number] ?? kind)
            lastIDs[number] = id
            return (id, try name(), kind)
        }

        /// An entity's aliases; in version 3 each shares its first bytes with the one before
        /// (the first with `name`).
        mutating func aliases(after name: String) throws -> [String] {
            guard version >= 3 else { return try strings() }
            let number = try count()
            var result: [String] = []
            result.reserveCapacity(number)
            for index in 0..<number { result.append(try string(sharingPrefixOf: index == 0 ? name : result[index - 1])) }
            return result
        }

        mutating func skipAliases() throws {
            for _ in 0..<(try count()) {
                if version >= 3 { _ = try int() }
                try skipString()
            }
        }

        /// A mention's end: version 3 writes its length after `start`.
        mutating func mentionEnd(after start: Int) throws -> Int {
            let value = try int()
            return version >= 3 ? start &+ value : value
        }

        /// A mention's text: in version 3 a reference to the entity's name or an alias, or
        /// the text itself.
        mutating func mentionText(name: String, aliases: [String]) throws -> String {
            guard version >= 3 else { return try string() }
            let code = try int()
            switch code {
            case 0: return try string()
            case 1: return name
            default: return try element(of: aliases, at: code - 2)
            }
        }

        mutating func skipMentionText() throws {
            if version >= 3, try int() != 0 { return }
            try skipString()
        }

        /// A string written as the number of its first bytes shared with `previous`, then
        /// the rest.
        private mutating func string(sharingPrefixOf previous: String) throws -> String {
            // Bounded by `previous`, not by the bytes left: not a `count()`.
            let shared = try int()
            let length = try count()
            var previous = previous
            return try previous.withUTF8 { earlier in
                guard shared >= 0, shared <= earlier.count else { throw Damaged(reason: "a shared prefix of \(shared) bytes") }
                defer { at += length }
                let rest = UnsafeBufferPointer(rebasing: buffer[at..<at + length])
                return String(unsafeUninitializedCapacity: shared + length) { target in
                    _ = target.initialize(fromContentsOf: earlier[..<shared])
                    _ = UnsafeMutableBufferPointer(rebasing: target[shared...]).initialize(fromContentsOf: rest)
                    return shared + length
                }
            }
        }

        var atEnd: Bool { at == buffer.count }

        mutating func byte() throws -> UInt8 {
            guard at < buffer.count else { throw Damaged(reason: "cut short") }
            at += 1
            return buffer[at - 1]
        }

        mutating func int() throws -> Int {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                guard shift < 64 else { throw Damaged(reason: "an integer too long") }
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
        }

        /// A count or length: never negative, never more than the bytes left.
        mutating func count() throws -> Int {
            let value = try int()
            guard value >= 0, value <= buffer.count - at else { throw Damaged(reason: "a count of \(value)") }
            return value
        }

        mutating func string() throws -> String {
            let length = try count()
            defer { at += length }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[at..<at + length]), as: UTF8.self)
        }

        mutating func skipString() throws {
            at += try count()
        }

        mutating func endID(_ entities: [(id: String, kind: String)]) throws -> String {
            let code = try int()
            if code == 0 { return try string() }
            guard code >= 1, code <= entities.count else { throw Damaged(reason: "a relation end \(code) out of range") }
            return entities[code - 1].id
        }

        mutating func strings() throws -> [String] {
            let number = try count()
            var result: [String] = []
            result.reserveCapacity(number)
            for _ in 0..<number { result.append(try string()) }
            return result
        }

        mutating func optional() throws -> String? {
            try byte() == 0 ? nil : try string()
        }

        mutating func element<T>(of table: [T]) throws -> T {
            try element(of: table, at: try int())
        }

        private func element<T>(of table: [T], at index: Int) throws -> T {
            guard table.indices.contains(index) else { throw Damaged(reason: "an index \(index) out of range") }
            return table[index]
        }

        mutating func end(_ entities: [Entity]) throws -> EntityID {
            let code = try int()
            if code == 0 { return EntityID(rawValue: try string()) }
            guard code >= 1, code <= entities.count else { throw Damaged(reason: "a relation end \(code) out of range") }
            return entities[code - 1].id
        }
    }
}
