import GraphCore

/// Names as a scraped report might hold them, chosen to break each format's escaping: XML
/// markup and entities, quotes, line breaks, controls that XML 1.0 forbids, CSV commas and
/// quotes, Cypher quotes and backticks, the array separator, and a statement to inject.
let hostileNames: [String] = [
    "<script>alert(1)</script>",
    "Kim & Sons \"Trading\" Co., Ltd.",
    "&amp; &lt;b&gt; &#65; ]]> <![CDATA[x]]>",
    "O'Brien's `tick` \\' \\\" end\\",
    "first line\nsecond line\r\nthird\ttab",
    "bell\u{07} null\u{00} esc\u{1B} unit\u{1F} del\u{7F} nonchar\u{FFFE}\u{FFFF}",
    "x'}) DETACH DELETE n //",
    "a,b;c|d\"\"e",
    "🇰🇵 Hyesan 👩‍👩‍👧 café",
]

/// One entity per hostile name (with a hostile alias), in a chain of relations whose
/// evidence is the name again; one relation has a hostile relation type.
func hostileGraph() throws -> EntityGraph {
    var graph = EntityGraph()
    let kinds: [EntityKind] = [.person, .place, .agency, .event]
    graph.add(Document(id: "doc", path: "corpus/doc.txt", title: "A <title> & \"more\"", source: "Daily NK"))
    let entities = hostileNames.enumerated().map { index, name in
        Entity(
            id: EntityID(rawValue: "\(kinds[index % 4].rawValue):hostile-\(index)-\(name)"), name: name,
            kind: kinds[index % 4], aliases: ["\(name) (alias)", "second, alias"],
            mentions: [Mention(document: "doc", sentence: index, start: 0, end: 1, text: name)],
            category: index == 1 ? name : nil)
    }
    for entity in entities { graph.add(entity) }
    for (index, (a, b)) in zip(entities, entities.dropFirst()).enumerated() {
        let kind: RelationKind = index == 2 ? "works_for`]->() DETACH DELETE n //" : (index % 2 == 0 ? .coMentioned : .locatedIn)
        try graph.add(Relation(source: a.id, target: b.id, kind: kind,
                               evidence: [Evidence(document: "doc", sentence: index, text: "Evidence: " + a.name)]))
    }
    return graph
}

/// What a conforming XML parser gives back for `text` after ``XMLEscaping``: the text with
/// the characters XML 1.0 cannot carry replaced.
func xmlVisible(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: scalar
        case 0x00..<0x20, 0xFFFE, 0xFFFF: "\u{FFFD}"
        default: scalar
        }
    }))
}
