import Testing
@testable import Extraction

@Suite struct TextSliceTests {
    /// The text between two code points comes back byte for byte, short (a small string) or
    /// long, ASCII or not, and empty between a code point and itself.
    @Test func stringIsTheTextBetweenTwoCodePoints() {
        let text = "Kim Jong Un visited Hyesan. “Kim’s visit” — 김정은 — ended in Onsong County, North Hamgyong."
        let scalars = Array(text.unicodeScalars)
        let slice = TextSlice(utf8: Array(text.utf8))
        for start in stride(from: 0, through: scalars.count, by: 3) {
            for end in start...scalars.count {
                let expected = String(String.UnicodeScalarView(scalars[start..<end]))
                #expect(slice.string(start, end) == expected, "\(start)..<\(end)")
            }
        }
        #expect(slice.string(4, 4) == "")
    }

    @Test func copyingMakesTheStringOfItsBytes() {
        for text in ["", "Kim", "Kim Jong Un", "Kim Jong Un Hyesan", "김정은", "“Kim Jong Un visited Hyesan”"] {
            let copied = Array(text.utf8).withUnsafeBufferPointer(TextSlice.string(copying:))
            #expect(copied == text)
            #expect(Array(copied.utf8) == Array(text.utf8))
        }
    }
}
