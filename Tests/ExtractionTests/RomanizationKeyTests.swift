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
}
