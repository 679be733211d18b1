import Testing
@testable import Extraction

@Suite struct KoreanNamePatternTests {
    @Test func romanisedSyllablesAreRecognised() {
        for word in ["Jong", "Un", "So", "Yong", "Ryong", "Hae", "Thaek", "Hwan", "Kyong", "Hyok", "jin", "Chol", "Il", "Sung", "Seol", "Eun"] {
            #expect(KoreanNamePattern.syllableCount(word) == 1, "\(word)")
        }
        #expect(KoreanNamePattern.syllableCount("Jinping") == 2)
        #expect(KoreanNamePattern.syllableCount("Songchon") == 2)
    }

    @Test func englishWordsAreNot() {
        for word in ["Smith", "Davis", "Trump", "Street", "Gabriela", "Strong", "Frank"] {
            #expect(KoreanNamePattern.syllableCount(word) == nil, "\(word)")
        }
    }
}
