import Testing
@testable import Extraction

@Suite struct RomanizationKeyTests {
    @Test func spellingsOfOneNameShareAKey() {
        let groups = [
            ["Hoeryong", "Hoiryong", "Hoeryŏng"],
            ["Sinuiju", "Shinuiju", "Sinŭiju"],
            ["Chongjin", "Ch'ongjin", "Cheongjin", "Ch’ŏngjin"],
            ["Kaesong", "Gaeseong", "Kaesŏng"],
            ["Pyongyang", "P'yŏngyang", "Pyeongyang"],
            ["Hamgyong-bukto", "Hamgyeong Bukto", "Hamkyong bukdo"],
            ["Kilju County", "Gilju County"],
        ]
        for group in groups {
            let keys = Set(group.map(RomanizationKey.make))
            #expect(keys.count == 1, "\(group) gave \(keys)")
        }
    }

    @Test func differentNamesKeepDifferentKeys() {
        let names = ["Kim Jong Il", "Kim Jong Un", "Hyesan", "Hoeryong", "Onsong", "Unsong", "Musan", "Manpo", "Sunchon", "Songchon"]
        #expect(Set(names.map(RomanizationKey.make)).count == names.count)
    }

    @Test func wordBoundariesAndCaseDoNotMatter() {
        #expect(RomanizationKey.make("  North   HAMGYONG province ") == RomanizationKey.make("north hamgyong Province"))
        #expect(RomanizationKey.make("Onsong-gun") == RomanizationKey.make("Onsong gun"))
    }

    @Test func spellingsOfOneNameShareAHashAndOthersDoNot() {
        #expect(RomanizationKey.hash("Hoiryong") == RomanizationKey.hash("Hoeryŏng"))
        #expect(RomanizationKey.hash("Ch'ongjin") == RomanizationKey.hash("Cheongjin"))
        #expect(RomanizationKey.hash("Onsong") != RomanizationKey.hash("Unsong"))
        #expect(RomanizationKey.hash("Kim Jong Il") != RomanizationKey.hash("Kim Jong Un"))
    }

    @Test func theHashIsTheHashOfTheKeysBytes() {
        for name in ["Hamgyong-bukto", "P'yŏngyang", "  North   HAMGYONG province "] {
            var h = TextFolding.offsetBasis
            for byte in RomanizationKey.make(name).utf8 { h = (h ^ UInt64(byte)) &* TextFolding.prime }
            #expect(RomanizationKey.hash(name) == h)
        }
    }
}
