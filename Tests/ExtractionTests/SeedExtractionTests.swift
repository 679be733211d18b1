import Foundation
import GraphCore
import Testing
@testable import Extraction

/// Extraction of the two sample reports in `seeds/`, checked against what a careful reader
/// finds in them.
@Suite struct SeedExtractionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fire: DocumentID = "000_d642fd3dd39ad37c"
    static let kidnapping: DocumentID = "001_fcbe7c6613cc3779"

    static func seedGraph() throws -> (EntityGraph, [Report]) {
        let result = try CorpusReader.read(root.appendingPathComponent("seeds").path)
        let extractor = try Extractor()
        return (extractor.graph(from: result.reports), result.reports)
    }

    private func entities(in graph: EntityGraph, _ document: DocumentID, kind: EntityKind? = nil) -> [Entity] {
        graph.sortedEntities.filter { entity in
            entity.mentions.contains { $0.document == document } && (kind == nil || entity.kind == kind)
        }
    }

    @Test func mssMeansADifferentMinistryInEachReport() throws {
        let (graph, _) = try Self.seedGraph()
        func holders(of acronym: String, in document: DocumentID) -> Set<EntityID> {
            Set(graph.entities.values.filter { $0.mentions.contains { $0.document == document && $0.text == acronym } }.map(\.id))
        }
        #expect(holders(of: "MSS", in: Self.fire) == ["agency:ministry-of-state-security"])
        #expect(holders(of: "MSS", in: Self.kidnapping) == ["agency:ministry-of-social-security"])
        // Two distinct nodes, and the State Security node is shared by both reports.
        let stateSecurity = try #require(graph.entities["agency:ministry-of-state-security"])
        #expect(stateSecurity.documents == [Self.fire, Self.kidnapping])
        #expect(graph.entities["agency:ministry-of-social-security"]?.documents == [Self.kidnapping])
    }

    @Test func placesAreLinkedToTheirProvinces() throws {
        let (graph, _) = try Self.seedGraph()
        let located = Set(graph.relations.values.filter { $0.kind == .locatedIn }.compactMap { relation -> String? in
            guard let a = graph.entities[relation.source]?.name, let b = graph.entities[relation.target]?.name else { return nil }
            return "\(a) > \(b)"
        })
        #expect(located.isSuperset(of: [
            "Onsong County > North Hamgyong Province",
            "Songchon County > South Pyongan Province",
            "Sunchon > South Pyongan Province",
            "Kilju County > North Hamgyong Province",
        ]))
    }

    @Test func theExpectedPeoplePlacesAndAgenciesAreFound() throws {
        let (graph, _) = try Self.seedGraph()
        let fireNames = Set(entities(in: graph, Self.fire).filter { $0.kind != .event }.map(\.name))
        #expect(fireNames.isSuperset(of: ["Onsong County", "North Hamgyong Province", "Ministry of State Security",
                                           "Daily NK", "Kim Il Sung", "Kim Jong Il", "Gabriela Bernal"]))
        let kidnapNames = Set(entities(in: graph, Self.kidnapping).filter { $0.kind != .event }.map(\.name))
        #expect(kidnapNames.isSuperset(of: ["North Korea", "Songchon County", "South Pyongan Province", "Sunchon",
                                             "Kilju County", "North Hamgyong Province", "Ministry of Social Security",
                                             "Ministry of State Security", "Daily NK", "Jong So Yong"]))
    }

    @Test func nothingSpuriousIsTyped() throws {
        let (graph, _) = try Self.seedGraph()
        let persons = Set(graph.entities.values.filter { $0.kind == .person && !$0.isRole }.map(\.name))
        #expect(persons == ["Kim Il Sung", "Kim Jong Il", "Gabriela Bernal", "Jong So Yong"])
    }

    @Test func unnamedActorsBecomeRoleNodesOfTheirReport() throws {
        let (graph, _) = try Self.seedGraph()
        let roles = graph.entities.values.filter(\.isRole)
        #expect(roles.allSatisfy { $0.kind == .person && $0.category == "role" })
        func role(_ name: String) -> Entity? { roles.first { $0.name == name } }
        let son = try #require(role("director's son (001_fcbe…)"))
        let director = try #require(role("preliminary examination department director (001_fcbe…)"))
        let kidnappers = try #require(role("kidnappers (001_fcbe…)"))
        let mother = try #require(role("mother (000_d642…)"))
        func relation(_ source: Entity, _ kind: RelationKind, _ target: String) -> Relation? {
            graph.relations.values.first { $0.kind == kind && $0.source == source.id && graph.entities[$0.target]?.name == target }
        }
        // "kidnapped the local Ministry of Social Security (MSS) preliminary examination
        // department director's son"
        #expect(graph.relations.values.contains { $0.kind == .family && Set([$0.source, $0.target]) == [son.id, director.id] })
        #expect(relation(director, .memberOf, "Ministry of Social Security") != nil)
        let victim = try #require(relation(son, .participant, "kidnapping of director's son — Songchon County, Mar. 31"))
        #expect(victim.evidence.first?.role == "target")
        #expect(victim.evidence.first?.roleWord == "kidnapped")
        // The director is the son's father, not the one kidnapped.
        #expect(relation(director, .participant, "kidnapping of director's son — Songchon County, Mar. 31") == nil)
        let caught = try #require(relation(kidnappers, .participant, "arrest — Kilju County, Apr. 4"))
        #expect(caught.evidence.allSatisfy { $0.role == "target" })
        #expect(relation(kidnappers, .participant, "kidnapping of director's son — Songchon County, Mar. 31")?.evidence.first?.role == "agent")
        // "A mother who saved her children … is currently under investigation by the MSS"
        #expect(relation(mother, .participant, "investigation of mother — Onsong County")?.evidence.contains { $0.role == "target" } == true)
        // Role nodes are the report's own: no co-mentions, never shared between reports.
        #expect(!graph.relations.values.contains { $0.kind == .coMentioned && (roles.map(\.id).contains($0.source) || roles.map(\.id).contains($0.target)) })
        #expect(roles.allSatisfy { Set($0.mentions.map(\.document)).count == 1 })
    }

    @Test func aMisspeltPlaceIsFoldedIntoTheCorrectOne() throws {
        let (graph, _) = try Self.seedGraph()
        let songchon = try #require(graph.entities.values.first { $0.name == "Songchon County" })
        #expect(songchon.mentions.contains { $0.text == "Songchong County" })
        #expect(!graph.entities.values.contains { $0.name == "Songchong County" })
    }

    @Test func eventsAreFoundWithTheirPlaces() throws {
        let (graph, _) = try Self.seedGraph()
        let events = graph.entities.values.filter { $0.kind == .event }
        func event(_ category: String, in document: DocumentID) -> Entity? {
            events.first { $0.category == category && $0.documents == [document] }
        }
        let fire = try #require(event("fire", in: Self.fire))
        // "Sources … told Daily NK on Dec. 30 that the fire broke out": by then.
        #expect(fire.name == "fire — Onsong County, by Dec. 30")
        #expect(event("investigation", in: Self.fire) != nil)
        for category in ["kidnapping", "alert", "execution", "arrest"] {
            #expect(event(category, in: Self.kidnapping) != nil, "\(category)")
        }
        let occurred = graph.relations.values.filter { $0.kind == .occurredIn && $0.source == fire.id }
        #expect(occurred.map(\.target) == ["place:onsong-county"])
    }

    @Test func everyMentionPointsAtItsTextInTheFile() throws {
        let (graph, reports) = try Self.seedGraph()
        let scalars = Dictionary(uniqueKeysWithValues: reports.map { ($0.document.id, Array($0.text.unicodeScalars)) })
        for entity in graph.entities.values {
            for mention in entity.mentions {
                let text = try #require(scalars[mention.document])
                #expect(String(String.UnicodeScalarView(text[mention.start..<mention.end])) == mention.text)
            }
        }
    }

    @Test func everyRelationHasEvidenceFromItsReports() throws {
        let (graph, _) = try Self.seedGraph()
        #expect(!graph.relations.isEmpty)
        for relation in graph.relations.values {
            #expect(!relation.evidence.isEmpty)
            #expect(relation.weight == relation.evidence.count)
            #expect(relation.evidence.allSatisfy { !$0.text.isEmpty && graph.documents[$0.document] != nil })
        }
    }

    @Test func extractionIsDeterministic() throws {
        let (first, _) = try Self.seedGraph()
        let (second, _) = try Self.seedGraph()
        #expect(try first.jsonData() == second.jsonData())
    }

    @Test func eventIdentifiersAreDerivedFromReportAndType() throws {
        let (graph, _) = try Self.seedGraph()
        let events = graph.entities.values.filter { $0.kind == .event }
        #expect(!events.isEmpty)
        for event in events {
            let category = try #require(event.category)
            #expect(event.id == EntityID(kind: .event, scope: try #require(event.documents.first), name: category))
        }
    }
}
