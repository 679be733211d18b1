import Foundation
import Testing
@testable import GraphCore

/// The optional fields of `Evidence` and `Entity`, spelled `Optional<…>` so that their
/// initializers build the struct without a copy, behave as `T?` fields with a nil default.
@Suite struct OptionalFieldTests {
    @Test func evidenceLeftUnsaidIsNilAndWrittenWithoutItsKeys() throws {
        let evidence = Evidence(document: "r1", sentence: 2, text: "Police arrested two men in Hyesan.")
        #expect(evidence.rule == nil && evidence.confidence == nil && evidence.role == nil && evidence.roleWord == nil)
        let json = String(decoding: try JSONEncoder().encode(evidence), as: UTF8.self)
        for key in ["rule", "confidence", "role", "role_word"] { #expect(!json.contains("\"\(key)\"")) }
        let decoded = try JSONDecoder().decode(Evidence.self, from: Data(#"{"document":"r1","sentence":2,"text":"Police arrested two men in Hyesan."}"#.utf8))
        #expect(decoded == evidence)
    }

    @Test func evidenceWithEveryFieldSurvivesARoundTrip() throws {
        let evidence = Evidence(
            document: "r1", sentence: 0, text: "The kidnappers were arrested by the MSS.", rule: "event_target",
            confidence: 0.8, role: "agent", roleWord: "arrested")
        let decoded = try JSONDecoder().decode(Evidence.self, from: try JSONEncoder().encode(evidence))
        #expect(decoded == evidence)
        #expect(decoded.role == "agent" && decoded.roleWord == "arrested" && decoded.confidence == 0.8)
    }

    @Test func entityLeftUnsaidHasNoCategoryTriggerOrDate() throws {
        let entity = Entity(id: "place:hyesan", name: "Hyesan", kind: .place)
        #expect(entity.category == nil && entity.trigger == nil && entity.date == nil)
        let decoded = try JSONDecoder().decode(Entity.self, from: Data(#"{"id":"place:hyesan","name":"Hyesan","type":"place"}"#.utf8))
        #expect(decoded == entity)
    }

    @Test func eventEntityKeepsItsTriggerAndDateThroughARoundTrip() throws {
        let event = Entity(
            id: "event:r1:fire", name: "fire", kind: .event, aliases: ["blaze"], category: "fire", trigger: "blaze",
            date: "2023-03-31")
        let decoded = try JSONDecoder().decode(Entity.self, from: try JSONEncoder().encode(event))
        #expect(decoded == event)
        #expect(decoded.category == "fire" && decoded.trigger == "blaze" && decoded.date == "2023-03-31")
    }
}
