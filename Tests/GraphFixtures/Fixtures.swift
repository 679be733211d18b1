import GraphCore

/// Small hand-built graphs for the tests of the graph model and of the queries.
public enum Fixtures {
    public static let doc1: DocumentID = "r1"
    public static let doc2: DocumentID = "r2"

    public static func mention(_ document: DocumentID, _ sentence: Int, _ text: String, at start: Int = 0) -> Mention {
        Mention(document: document, sentence: sentence, start: start, end: start + text.unicodeScalars.count, text: text)
    }

    public static func entity(_ kind: EntityKind, _ name: String, aliases: [String] = [], in documents: [DocumentID] = [doc1], category: String? = nil) -> Entity {
        Entity(id: EntityID(kind: kind, name: name), name: name, kind: kind, aliases: aliases,
               mentions: documents.map { mention($0, 0, name) }, category: category)
    }

    public static func evidence(_ document: DocumentID = doc1, _ sentence: Int = 0, _ text: String = "A sentence.") -> Evidence {
        Evidence(document: document, sentence: sentence, text: text)
    }

    /// Onsong County -located_in-> North Hamgyong Province; MSS co-mentioned with Onsong;
    /// Gilju -located_in-> North Hamgyong; a lone person.
    public static func sample() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(Document(id: doc1, path: "seeds/r1.txt", title: "One"))
        graph.add(Document(id: doc2, path: "seeds/r2.txt", title: "Two"))
        let onsong = entity(.place, "Onsong County", aliases: ["Onsong"], category: "county")
        let hamgyong = entity(.place, "North Hamgyong Province", aliases: ["North Hamgyong"], in: [doc1, doc2], category: "province")
        let gilju = entity(.place, "Kilju County", aliases: ["Gilju"], in: [doc2], category: "county")
        let mss = entity(.agency, "Ministry of State Security", aliases: ["MSS"], in: [doc1, doc2])
        let social = entity(.agency, "Ministry of Social Security", aliases: ["MSS"], in: [doc2])
        let loner = entity(.person, "Gabriela Bernal")
        for e in [onsong, hamgyong, gilju, mss, social, loner] { graph.add(e) }
        try graph.add(Relation(source: onsong.id, target: hamgyong.id, kind: .locatedIn, evidence: [evidence(doc1, 0, "Onsong County, North Hamgyong Province.")]))
        try graph.add(Relation(source: gilju.id, target: hamgyong.id, kind: .locatedIn, evidence: [evidence(doc2, 3, "Gilju, North Hamgyong Province.")]))
        try graph.add(Relation(source: mss.id, target: onsong.id, kind: .coMentioned, evidence: [evidence(doc1, 0), evidence(doc1, 2)]))
        try graph.add(Relation(source: mss.id, target: social.id, kind: .coMentioned, evidence: [evidence(doc2, 4)]))
        return graph
    }
}
