import Foundation
import GraphCore
import Testing
@testable import Extraction

@Suite struct ReportReaderTests {
    private func read(_ text: String) throws -> Report {
        try ReportReader.read(Data(text.utf8), path: "x/r.txt", id: "r")
    }

    @Test func headerLinesBecomeMetadataNotText() throws {
        let report = try read("Title: Fire in Hyesan\nDate: May 14, 2019\nSource: Daily NK\n\nA fire broke out.\n")
        #expect(report.document.title == "Fire in Hyesan")
        #expect(report.document.date == "2019-05-14")
        #expect(report.document.source == "Daily NK")
        #expect(report.body == "A fire broke out.\n")
    }

    @Test func withoutHeadersTheTitleIsTheFirstLine() throws {
        let report = try read("\n  Hyesan market closed  \nText follows.")
        #expect(report.document.title == "Hyesan market closed")
        #expect(report.document.date == nil)
        #expect(report.bodyStart == 0)
    }

    @Test func aHeaderLikeFirstLineWithoutBlankLineIsText() throws {
        let report = try read("Title: no blank line follows\nSo this is text.")
        #expect(report.bodyStart == 0)
        #expect(report.document.title == "Title: no blank line follows")
    }

    @Test func aLongFirstParagraphIsShortenedToItsFirstSentence() throws {
        let lead = "A mother who saved her children from a house fire in Onsong County, North Hamgyong Province, is currently under investigation by the Ministry of State Security (MSS) for failing to save portraits. Second sentence."
        let report = try read(lead)
        #expect(report.document.title.hasPrefix("A mother who saved"))
        #expect(report.document.title.count <= ReportReader.maximumTitleLength)
        #expect(report.document.title.hasSuffix("…"))
    }

    @Test func unparseableDatesAreKeptAsWritten() throws {
        #expect(try read("Date: spring 2019\n\nText.").document.date == "spring 2019")
    }

    @Test func invalidUTF8IsRefusedWithTheOffset() {
        var bytes = Array("Hyesan ".utf8)
        bytes += [0xC3, 0x28]
        #expect(throws: ExtractionError.invalidUTF8(file: "x/r.txt", byteOffset: 7)) {
            try ReportReader.read(Data(bytes), path: "x/r.txt", id: "r")
        }
    }

    @Test func binaryAndEmptyFilesAreRefused() {
        #expect(throws: ExtractionError.binaryFile(file: "x/r.txt")) {
            try ReportReader.read(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), path: "x/r.txt", id: "r")
        }
        #expect(throws: ExtractionError.emptyReport(file: "x/r.txt")) {
            try ReportReader.read(Data(" \n\t\n".utf8), path: "x/r.txt", id: "r")
        }
    }
}
