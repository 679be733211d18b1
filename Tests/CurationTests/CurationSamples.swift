import Curation
import Foundation
import GraphCore

/// Small hand-built reports and decisions whose curated results are known.
enum CurationSamples {
    static let made = Date(timeIntervalSince1970: 1_790_000_000)

    static func entity(_ kind: EntityKind, _ name: String, in document: DocumentID, at start: Int, aliases: [String] = [],
                       category: String? = nil) -> Entity {
        Entity(id: EntityID(kind: kind, name: name), name: name, kind: kind, aliases: aliases,
               mentions: [Mention(document: document, sentence: 0, start: start, end: start + name.count, text: name)],
               category: category)
    }

    static func relation(_ a: Entity, _ b: Entity, _ kind: RelationKind, in document: DocumentID, sentence: Int = 0) -> Relation {
        Relation(source: a.id, target: b.id, kind: kind,
                 evidence: [Evidence(document: document, sentence: sentence, text: "\(a.name) and \(b.name), sentence \(sentence).")])
    }

    /// Report `r1`: Kim Chol (person) of the MSS (agency) in Hyesan (place, a city), and the
    /// Ministry of State Security, the MSS's full name, named apart.
    static var first: ReportFacts {
        let doc: DocumentID = "r1"
        let kim = entity(.person, "Kim Chol", in: doc, at: 0)
        let mss = entity(.agency, "MSS", in: doc, at: 20)
        let ministry = entity(.agency, "Ministry of State Security", in: doc, at: 40, aliases: ["Bowibu"])
        let hyesan = entity(.place, "Hyesan", in: doc, at: 80, category: "city")
        return ReportFacts(
            document: Document(id: doc, path: "corpus/r1.txt", title: "One"),
            entities: [kim, mss, ministry, hyesan],
            relations: [
                relation(kim, mss, .memberOf, in: doc),
                relation(kim, ministry, .coMentioned, in: doc, sentence: 1),
                relation(mss, ministry, .coMentioned, in: doc, sentence: 1),
                relation(kim, hyesan, .coMentioned, in: doc, sentence: 2),
                relation(mss, hyesan, .coMentioned, in: doc, sentence: 2),
                relation(ministry, hyesan, .coMentioned, in: doc, sentence: 2),
            ])
    }

    /// Report `r2`: Kim Chol again, in Hyesan, with a "Kim" the extractor took for a place.
    static var second: ReportFacts {
        let doc: DocumentID = "r2"
        let kim = entity(.person, "Kim Chol", in: doc, at: 0)
        let hyesan = entity(.place, "Hyesan", in: doc, at: 30, category: "city")
        let bogus = entity(.place, "Yes", in: doc, at: 50)
        return ReportFacts(
            document: Document(id: doc, path: "corpus/r2.txt", title: "Two"),
            entities: [kim, hyesan, bogus],
            relations: [relation(kim, hyesan, .coMentioned, in: doc), relation(bogus, hyesan, .locatedIn, in: doc)])
    }

    static func handle(_ kind: EntityKind, _ name: String) -> EntityHandle {
        EntityHandle(id: EntityID(kind: kind, name: name), name: name)
    }

    static func decide(_ action: CurationAction) -> CurationDecision {
        CurationDecision(action, made: made, by: "analyst")
    }
}
