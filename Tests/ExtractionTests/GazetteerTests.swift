import Foundation
import GraphCore
import Testing
@testable import Extraction

@Suite struct GazetteerTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("linkchart-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func rowsBecomeEntriesAndCommentsAreSkipped() throws {
        let url = try folder(["places.tsv": """
            # a comment naming sources
            place\tNorth Hamgyong Province\tNorth Hamgyong|Hamgyongbuk-do\tprovince\tNorth Korea

            place\tNorth Korea\tDPRK\tcountry\t
            place\tKilju County\tKilju|Gilju\tcounty\tNorth Hamgyong Province
            """])
        defer { try? FileManager.default.removeItem(at: url) }
        let gazetteer = try Gazetteer.load(from: url)
        #expect(gazetteer.entries.map(\.name) == ["North Hamgyong Province", "North Korea", "Kilju County"])
        #expect(gazetteer.entries(matching: "gilju").map(\.name) == ["Kilju County"])
        #expect(gazetteer.entries(matching: "DPRK").map(\.name) == ["North Korea"])
        #expect(gazetteer.entries(matching: "dprk").isEmpty)  // acronyms only in capitals
        let kilju = try #require(gazetteer.index(named: "Kilju County"))
        #expect(gazetteer.ancestors(of: kilju).map { gazetteer.entries[$0].name } == ["North Hamgyong Province", "North Korea"])
    }

    @Test func aMalformedRowIsReportedWithItsLine() throws {
        let url = try folder(["bad.tsv": "place\tHyesan\t\tcity\t\nbuilding\tRyugyong Hotel\t\t\t\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ExtractionError.malformedResource(file: "bad.tsv", line: 2, reason: "unknown kind \"building\"; expected person, place or agency")) {
            try Gazetteer.load(from: url)
        }
    }

    @Test func aFormSharedByTwoEntriesIsNotEitherEntitysAliasByDefault() {
        let gazetteer = Gazetteer(entries: [
            GazetteerEntry(kind: .agency, name: "Ministry of State Security", aliases: ["MSS", "State Security Department"]),
            GazetteerEntry(kind: .agency, name: "Ministry of Social Security", aliases: ["MSS", "Ministry of People's Security"]),
        ])
        #expect(gazetteer.entries(matching: "MSS").count == 2)
        #expect(gazetteer.templates[0].aliases == ["State Security Department"])
        #expect(gazetteer.templates[1].aliases == ["Ministry of People's Security"])
    }

    @Test func aPlaceIsFoundUnderAnotherRomanisationOfItsName() {
        let gazetteer = Gazetteer(entries: [
            GazetteerEntry(kind: .place, name: "Hoeryong", category: "city"),
            GazetteerEntry(kind: .place, name: "Sinuiju", category: "city"),
            GazetteerEntry(kind: .person, name: "Onsong Ri"),
        ])
        #expect(gazetteer.entry(spelledLike: "Hoiryong", kind: .place) == 0)
        #expect(gazetteer.entry(spelledLike: "Shinuiju", kind: .place) == 1)
        #expect(gazetteer.entry(spelledLike: "Hoiryong", kind: .person) == nil)
        #expect(gazetteer.entry(spelledLike: "Musan", kind: .place) == nil)
    }

    @Test func aSpellingSharedByTwoPlacesNamesNeither() {
        let gazetteer = Gazetteer(entries: [
            GazetteerEntry(kind: .place, name: "Kaesong", category: "city"),
            GazetteerEntry(kind: .place, name: "Gaeseong", category: "county"),
        ])
        #expect(gazetteer.entry(spelledLike: "Kaesŏng", kind: .place) == nil)
    }

    @Test func acronymsAreOneWordOfCapitals() {
        #expect(GazetteerEntry.isAcronym("MSS"))
        #expect(GazetteerEntry.isAcronym("UN"))
        #expect(GazetteerEntry.isAcronym("KN23"))
        #expect(!GazetteerEntry.isAcronym("G20"))  // one capital is not enough
        #expect(!GazetteerEntry.isAcronym("DailyNK"))
        #expect(!GazetteerEntry.isAcronym("U.S."))
        #expect(!GazetteerEntry.isAcronym("A"))
    }

    @Test func theShippedDataLoads() throws {
        let extractor = try Extractor()
        #expect(extractor.gazetteer.entries.count > 500)
        // Every parent names a place the gazetteer knows.
        for (index, entry) in extractor.gazetteer.entries.enumerated() where entry.kind == .place {
            if let parent = entry.parent {
                #expect(extractor.gazetteer.index(named: parent) != nil, "\(entry.name): unknown parent \(parent)")
                #expect(!extractor.gazetteer.ancestors(of: index).isEmpty)
            }
        }
    }

    @Test func addingToACopyLeavesTheOriginalAsItWas() {
        let original = Gazetteer(entries: [GazetteerEntry(kind: .place, name: "Hyesan", aliases: ["Hyesan City"], category: "city")])
        var copy = original
        copy.add(GazetteerEntry(kind: .place, name: "Kilju County", aliases: ["Gilju"], category: "county"))
        copy.add(GazetteerEntry(kind: .place, name: "Hyesan", aliases: ["Hyesan-si"]))
        #expect(original.entries.count == 1)
        #expect(original.entries[0].aliases == ["Hyesan City"])
        #expect(original.entries(matching: "Gilju").isEmpty)
        #expect(copy.entries.map(\.name) == ["Hyesan", "Kilju County"])
        #expect(copy.entries[0].aliases == ["Hyesan City", "Hyesan-si"])
        #expect(copy.entries(matching: "Gilju").map(\.name) == ["Kilju County"])
    }
}
