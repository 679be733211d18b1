import GraphCore

/// A small corpus for the diagram tests: a province with two counties, an agency, a named
/// and a role person, and three events on different dates (one undated).
enum DiagramSamples {
    static let report = Document(id: "r1", path: "reports/r1.txt", title: "Arrests in North Hamgyong", date: "2024-05-01")

    static func entity(_ kind: EntityKind, _ name: String, category: String? = nil, date: String? = nil, mentions: Int = 1) -> Entity {
        let id = kind == .event ? EntityID(kind: kind, scope: report.id, name: name) : EntityID(kind: kind, name: name)
        return Entity(
            id: id, name: name, kind: kind,
            mentions: (0..<mentions).map { Mention(document: report.id, sentence: $0, start: $0 * 10, end: $0 * 10 + 1, text: "x") },
            category: category, date: date)
    }

    static let province = entity(.place, "North Hamgyong Province", category: "province", mentions: 3)
    static let onsong = entity(.place, "Onsong County", category: "county", mentions: 2)
    static let hoeryong = entity(.place, "Hoeryong", category: "city")
    static let mss = entity(.agency, "Ministry of State Security", mentions: 4)
    static let kim = entity(.person, "Kim Myong Chol")
    static let mother = entity(.person, "the mother", category: "role")
    static let arrest = entity(.event, "arrest", category: "arrest", date: "2024-04-03")
    static let fire = entity(.event, "fire", category: "fire", date: "2023-12-30")
    static let trial = entity(.event, "trial", category: "trial")

    static func evidence(_ sentence: Int, _ text: String) -> [Evidence] {
        [Evidence(document: report.id, sentence: sentence, text: text)]
    }

    static func graph() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(report)
        for entity in [province, onsong, hoeryong, mss, kim, mother, arrest, fire, trial] { graph.add(entity) }
        let relations: [Relation] = [
            Relation(source: onsong.id, target: province.id, kind: .locatedIn, evidence: evidence(0, "Onsong County, North Hamgyong Province.")),
            Relation(source: hoeryong.id, target: province.id, kind: .locatedIn, evidence: evidence(1, "Hoeryong in North Hamgyong.")),
            Relation(source: arrest.id, target: onsong.id, kind: .occurredIn, evidence: evidence(2, "Kim was arrested in Onsong.")),
            Relation(source: fire.id, target: hoeryong.id, kind: .occurredIn, evidence: evidence(3, "A fire in Hoeryong.")),
            Relation(source: kim.id, target: arrest.id, kind: .participant, evidence: evidence(2, "Kim was arrested in Onsong.")),
            Relation(source: mss.id, target: arrest.id, kind: .participant, evidence: evidence(2, "Kim was arrested in Onsong.")),
            Relation(source: mother.id, target: fire.id, kind: .participant, evidence: evidence(3, "The mother saved her children.")),
            Relation(source: mss.id, target: kim.id, kind: .coMentioned, evidence: evidence(2, "Kim was arrested in Onsong.")),
            Relation(source: trial.id, target: kim.id, kind: .participant, evidence: evidence(4, "Kim faces a trial.")),
        ]
        for relation in relations { try graph.add(relation) }
        return graph
    }

    /// `count` places in a chain, each co-mentioned with the next, mentioned `count - i` times.
    static func chain(_ count: Int) throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(report)
        let places = (0..<count).map { entity(.place, "Place \($0)", mentions: count - $0) }
        for place in places { graph.add(place) }
        for (a, b) in zip(places, places.dropFirst()) {
            try graph.add(Relation(source: a.id, target: b.id, kind: .coMentioned, evidence: evidence(0, "\(a.name) and \(b.name).")))
        }
        return graph
    }
}
