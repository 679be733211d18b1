import GraphCore
import Testing

/// Edit distances between names, as misspellings and suggestions use them.
@Suite struct EditDistanceTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func oneEditApartMeansOneCodePointChangedAddedOrDropped() {
        func apart(_ a: String, _ b: String) -> Bool { EditDistance.within(scalars(a), scalars(b), limit: 1) }
        #expect(apart("songchon", "songchon"))
        #expect(apart("songchon", "songchong"))
        #expect(apart("songchong", "songchon"))
        #expect(apart("pyoksong", "pyoksung"))
        #expect(apart("hyesan", "yesan"))
        #expect(apart("kilju", "gilju"))
        #expect(apart("aab", "ab"))
        #expect(!apart("pyoksong", "pyaksung"))
        #expect(!apart("songchon", "songchonng"))
        #expect(!apart("abc", "bca"))
        #expect(apart("\u{E9}cole", "ecole"))
        #expect(!apart("", "ab"))
    }

    /// The one-pass answer for a limit of one is the table's answer.
    @Test func withinOneAgreesWithTheDistance() {
        let words = ["", "a", "ab", "ba", "abc", "acb", "songchon", "songchong", "songhcon", "pyoksong", "pyaksung", "kilju", "gilju", "kiju"]
        for a in words {
            for b in words {
                let table = EditDistance.between(scalars(a), scalars(b), limit: 1) <= 1
                #expect(EditDistance.within(scalars(a), scalars(b), limit: 1) == table, "\(a) / \(b)")
            }
        }
        #expect(EditDistance.within(scalars("pyoksong"), scalars("pyaksung"), limit: 2))
    }
}
