import GraphCore

/// Hand-built graphs for the DOT tests: small enough to read in a golden file.
enum SampleGraphs {
    static let report = Document(
        id: "001_onsong-arrest", path: "seeds/001_onsong-arrest.txt",
        title: "Arrest in Onsong", date: "2024-03-02")

    static func mention(_ text: String, sentence: Int, at start: Int) -> Mention {
        Mention(document: report.id, sentence: sentence, start: start, end: start + text.unicodeScalars.count, text: text)
    }

    static func evidence(_ sentence: Int, _ text: String) -> Evidence {
        Evidence(document: report.id, sentence: sentence, text: text)
    }

    static let onsong = Entity(
        id: EntityID(kind: .place, name: "Onsong County"), name: "Onsong County", kind: .place,
        aliases: ["Onsong"],
        mentions: [mention("Onsong County", sentence: 0, at: 40), mention("Onsong", sentence: 2, at: 190)],
        category: "county")
    static let northHamgyong = Entity(
        id: EntityID(kind: .place, name: "North Hamgyong Province"), name: "North Hamgyong Province", kind: .place,
        mentions: [mention("North Hamgyong Province", sentence: 0, at: 55)],
        category: "province")
    static let mss = Entity(
        id: EntityID(kind: .agency, name: "Ministry of State Security"), name: "Ministry of State Security",
        kind: .agency, aliases: ["MSS", "State Security Department"],
        mentions: [
            mention("Ministry of State Security", sentence: 1, at: 90),
            mention("MSS", sentence: 2, at: 170),
            mention("MSS", sentence: 3, at: 240),
            mention("State Security Department", sentence: 4, at: 300),
        ],
        category: "ministry")
    static let kim = Entity(
        id: EntityID(kind: .person, name: "Kim Myong Chol"), name: "Kim Myong Chol", kind: .person,
        mentions: [mention("Kim Myong Chol", sentence: 1, at: 120)])
    static let arrest = Entity(
        id: EntityID(kind: .event, scope: report.id, name: "arrest"), name: "arrest in Onsong County", kind: .event,
        mentions: [mention("arrested", sentence: 1, at: 110)],
        category: "arrest", trigger: "arrested")

    static let locatedIn = Relation(
        source: onsong.id, target: northHamgyong.id, kind: .locatedIn,
        evidence: [evidence(0, "Sources in Onsong County, North Hamgyong Province, said the market was closed.")])
    static let occurredIn = Relation(
        source: arrest.id, target: onsong.id, kind: .occurredIn,
        evidence: [evidence(1, "Agents of the Ministry of State Security arrested Kim Myong Chol in Onsong last week.")])
    static let coMentioned = Relation(
        source: mss.id, target: kim.id, kind: .coMentioned,
        evidence: [
            evidence(1, "Agents of the Ministry of State Security arrested Kim Myong Chol in Onsong last week."),
            evidence(3, "The MSS questioned Kim Myong Chol's relatives, who had \"no idea\" why."),
        ])

    /// Two places linked by `located_in`, an agency, a person and an event, a co-mention.
    static func small() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(report)
        for entity in [onsong, northHamgyong, mss, kim, arrest] { graph.add(entity) }
        for relation in [locatedIn, occurredIn, coMentioned] { try graph.add(relation) }
        return graph
    }

    /// The same graph as ``small()``, built in the opposite order.
    static func smallReversed() throws -> EntityGraph {
        var graph = EntityGraph()
        for entity in [arrest, kim, mss, northHamgyong, onsong] { graph.add(entity) }
        for relation in [coMentioned, occurredIn, locatedIn] { try graph.add(relation) }
        graph.add(report)
        return graph
    }
}
