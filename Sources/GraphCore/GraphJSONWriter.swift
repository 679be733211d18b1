/// Writes the graph JSON contract directly as UTF-8 bytes.
///
/// `JSONEncoder` spent about half of an export's time on boxing every value; this writer
/// emits the same document (sorted keys, two-space indentation, `"key" : value`, slashes
/// unescaped) in one pass. Decoding still goes through `Codable`.
struct GraphJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var indent = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The whole export, ending with a newline.
    static func write(_ export: GraphExport) -> [UInt8] {
        var writer = GraphJSONWriter(capacity: 256 * (export.entities.count + export.relations.count) + 4096)
        let documents = Dictionary(export.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        writer.object { w in
            w.key("documents")
            w.array(export.documents) { w, document in w.document(document) }
            w.key("entities")
            w.array(export.entities) { w, entity in w.entity(entity) }
            w.key("format")
            w.string(export.format)
            w.key("relations")
            w.array(export.relations) { w, relation in w.relation(relation, documents: documents) }
            w.key("version")
            w.number(export.version)
        }
        writer.bytes.append(0x0A)
        return writer.bytes
    }

    // MARK: - Contract objects (keys in sorted order)

    private mutating func document(_ document: Document) {
        object { w in
            w.key("date")
            if let date = document.date { w.string(date) } else { w.raw("null") }
            w.key("id")
            w.string(document.id.rawValue)
            w.key("path")
            w.string(document.path)
            if let source = document.source {
                w.key("source")
                w.string(source)
            }
            w.key("title")
            w.string(document.title)
        }
    }

    private mutating func entity(_ entity: Entity) {
        object { w in
            w.key("aliases")
            w.array(entity.aliases) { w, alias in w.string(alias) }
            if let category = entity.category {
                w.key("category")
                w.string(category)
            }
            if let date = entity.date {
                w.key("date")
                w.string(date)
            }
            // A role node's mentions describe someone ("the director's son") without naming
            // them: they are written as `descriptions`, so that counting named entities per
            // report (`mentions`) leaves role nodes out.
            if entity.isRole {
                w.key("descriptions")
                w.mentions(entity.mentions)
            }
            w.key("id")
            w.string(entity.id.rawValue)
            w.key("mentions")
            w.mentions(entity.isRole ? [] : entity.mentions)
            w.key("name")
            w.string(entity.name)
            if entity.isRole {
                w.key("role")
                w.raw("true")
            }
            if let trigger = entity.trigger {
                w.key("trigger")
                w.string(trigger)
            }
            w.key("type")
            w.string(entity.kind.rawValue)
        }
    }

    private mutating func mentions(_ mentions: [Mention]) {
        array(mentions) { w, mention in
            w.object { w in
                w.key("document")
                w.string(mention.document.rawValue)
                w.key("end")
                w.number(mention.end)
                w.key("sentence")
                w.number(mention.sentence)
                w.key("start")
                w.number(mention.start)
                w.key("text")
                w.string(mention.text)
            }
        }
    }

    /// A relation, with its support counts (see `Relation+Support.swift`) worked out from
    /// its evidence and the export's reports.
    private mutating func relation(_ relation: Relation, documents: [DocumentID: Document]) {
        object { w in
            w.key("confidence")
            w.decimal(relation.confidence)
            w.key("evidence")
            w.array(relation.evidence) { w, evidence in
                w.object { w in
                    if let confidence = evidence.confidence {
                        w.key("confidence")
                        w.decimal(confidence)
                    }
                    w.key("document")
                    w.string(evidence.document.rawValue)
                    if let role = evidence.role {
                        w.key("role")
                        w.string(role)
                    }
                    if let roleWord = evidence.roleWord {
                        w.key("role_word")
                        w.string(roleWord)
                    }
                    if let rule = evidence.rule {
                        w.key("rule")
                        w.string(rule)
                    }
                    w.key("sentence")
                    w.number(evidence.sentence)
                    w.key("text")
                    w.string(evidence.text)
                }
            }
            w.key("id")
            w.string(relation.id)
            w.key("outlets")
            w.number(relation.outletCount(in: documents))
            w.key("reports")
            w.number(relation.reportCount)
            w.key("single_source")
            w.raw(relation.isSingleSource ? "true" : "false")
            w.key("source")
            w.string(relation.source.rawValue)
            w.key("target")
            w.string(relation.target.rawValue)
            w.key("type")
            w.string(relation.kind.rawValue)
            w.key("weight")
            w.number(relation.weight)
        }
    }

    // MARK: - JSON

    /// Whether the next member of the current container is its first.
    private var first = true

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20) }
    }

    private mutating func beginMember() {
        if !first { bytes.append(0x2C) }
        first = false
        newline()
    }

    private mutating func object(_ body: (inout GraphJSONWriter) -> Void) {
        bytes.append(0x7B)  // {
        indent += 2
        let outer = first
        first = true
        body(&self)
        let empty = first
        first = outer
        indent -= 2
        if !empty { newline() }
        bytes.append(0x7D)
    }

    private mutating func array<T>(_ items: [T], _ element: (inout GraphJSONWriter, T) -> Void) {
        bytes.append(0x5B)  // [
        guard !items.isEmpty else {
            bytes.append(0x5D)
            return
        }
        indent += 2
        let outer = first
        first = true
        for item in items {
            beginMember()
            element(&self, item)
        }
        first = outer
        indent -= 2
        newline()
        bytes.append(0x5D)
    }

    private mutating func key(_ name: String) {
        beginMember()
        string(name)
        raw(" : ")
    }

    /// A confidence or other fraction: already rounded, written in its shortest form.
    private mutating func decimal(_ value: Double) {
        raw(value.description)
    }

    private mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func number(_ value: Int) {
        raw(String(value))
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`,
    /// everything else (including `/` and non-ASCII) as its UTF-8 bytes.
    private mutating func string(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
            case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
