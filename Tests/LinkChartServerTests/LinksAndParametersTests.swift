import GraphCore
import Testing

@testable import LinkChartServer

@Suite struct LinksAndParametersTests {
    @Test func encodingKeepsOnlyUnreservedCharactersAndDecodingRestoresTheText() {
        let texts = ["place:onsong-county", "event:dir/r<1>:fire", "a/b?c=d#e%20f+g", "평양 🇰🇵", "say \"hi\" & 'bye'", "../../etc/passwd"]
        for text in texts {
            let encoded = Links.encode(text)
            #expect(encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-._~%".contains($0)) }, "\(encoded)")
            #expect(Links.decode(encoded[...]) == text)
        }
        #expect(Links.encode("place:onsong-county") == "place%3Aonsong-county")
        #expect(Links.entity("event:a/b") == "/entity/event%3Aa%2Fb")
    }

    @Test func decodingRejectsMalformedEscapesAndBytesThatAreNotUTF8() {
        #expect(Links.decode("%") == nil)
        #expect(Links.decode("%4") == nil)
        #expect(Links.decode("%ZZ") == nil)
        #expect(Links.decode("%FF%FE") == nil)
        #expect(Links.decode("a+b") == "a+b")
        #expect(Links.decode("a+b", plusIsSpace: true) == "a b")
    }

    @Test func queryParametersReadFormsAsBrowsersSendThem() throws {
        let query = try QueryParameters("q=Onsong+County&relation=located_in&relation=co_mentioned&depth=2&empty=&type=place&all=yes")
        #expect(query.text("q") == "Onsong County")
        #expect(query.text("empty") == nil)
        #expect(try query.integer("depth", in: 1...3, default: 1) == 2)
        #expect(try query.integer("missing", in: 1...3, default: 1) == 1)
        #expect(try query.relationKinds("relation") == [.locatedIn, .coMentioned])
        #expect(try query.entityKind("type") == .place)
        #expect(try query.flag("all"))
        #expect(try query.relationKinds("none") == nil)
    }

    @Test func badQueryValuesNameTheParameterAndTheProblem() throws {
        let query = try QueryParameters("depth=4&type=dragon&relation=knows&all=perhaps&n=1e3")
        #expect(throws: ServerError.self) { try query.integer("depth", in: 1...3, default: 1) }
        #expect(throws: ServerError.self) { try query.entityKind("type") }
        #expect(throws: ServerError.self) { try query.relationKinds("relation") }
        #expect(throws: ServerError.self) { try query.flag("all") }
        #expect(throws: ServerError.self) { try query.integer("n", in: 1...10_000, default: 1) }
        do {
            _ = try query.entityKind("type")
        } catch {
            #expect(error.description == "bad parameter \"type\": \"dragon\" is not one of person, place, agency, event")
            #expect(error.status == .badRequest)
        }
        #expect(throws: ServerError.self) { try QueryParameters("q=%E0%A4") }
    }
}
