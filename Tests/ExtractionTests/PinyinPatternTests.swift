import Testing
@testable import Extraction

@Suite struct PinyinPatternTests {
    @Test func pinyinGivenNamesSplitIntoSyllables() {
        #expect(PinyinPattern.syllableCount("Wei") == 1)
        #expect(PinyinPattern.syllableCount("Jiahao") == 2)
        #expect(PinyinPattern.syllableCount("Guangming") == 2)
        #expect(PinyinPattern.syllableCount("Chenglong") == 2)
        #expect(PinyinPattern.syllableCount("Xiaoqiang") == 2)
        #expect(PinyinPattern.syllableCount("Zhongnanhai") == 3)
    }

    @Test func englishWordsAndLongerWordsAreNotPinyin() {
        for word in ["Smith", "Street", "River", "Trump", "Market", "Davis", "Kolesnikov"] {
            #expect(PinyinPattern.syllableCount(word) == nil, "\(word)")
        }
        // More than three syllables is no given name.
        #expect(PinyinPattern.syllableCount("Zhangjiakouqiao") == nil)
    }
}
