import Foundation
import GraphCore
import Testing
@testable import Extraction

/// Extraction of sentences written for these tests: each checks one rule on text the
/// development reports do not contain.
@Suite struct RecognitionTests {
    static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("extraction data: \(error)") }
    }()

    private func facts(_ text: String, id: DocumentID = "t") throws -> ReportFacts {
        try Self.extractor.extract(ReportReader.read(Data(text.utf8), path: "tests/\(id).txt", id: id))
    }

    private func names(_ facts: ReportFacts, _ kind: EntityKind) -> Set<String> {
        Set(facts.entities.filter { $0.kind == kind && !$0.isRole }.map(\.name))
    }

    private func holder(of text: String, in facts: ReportFacts) -> Set<String> {
        Set(facts.entities.filter { $0.mentions.contains { $0.text == text } }.map(\.name))
    }

    @Test func anAcronymDefinedInParenthesesBindsForItsReport() throws {
        let defined = try facts("Officers of the Ministry of Social Security (MSS) searched the market. The MSS later released them.")
        #expect(holder(of: "MSS", in: defined) == ["Ministry of Social Security"])
        let other = try facts("Agents of the MSS detained two traders.")
        #expect(holder(of: "MSS", in: other) != ["Ministry of Social Security"])
        #expect(holder(of: "MSS", in: other).count == 1)
    }

    @Test func aDatelineAcronymIsNoDefinitionOfThePlaceBeforeIt() throws {
        let report = try facts("SEOUL, South Korea (AP) — North Korea blew up the office, AP reported.")
        #expect(holder(of: "AP", in: report) == ["Associated Press"])
        #expect(!(report.entities.first { $0.name == "South Korea" }?.aliases.contains("AP") ?? false))
    }

    @Test func anUndefinedAcronymPrefersTheBodyTheReportNamesInFull() throws {
        let report = try facts("The Ministry of Social Security announced a crackdown. Since then the MSS has doubled its patrols.")
        #expect(holder(of: "MSS", in: report) == ["Ministry of Social Security"])
    }

    @Test func anUnknownOrganisationIsDefinedByItsInitials() throws {
        let report = try facts("The Pyongyang Textile Research Union (PTRU) opened an office. The PTRU employs 40 people.")
        #expect(holder(of: "PTRU", in: report) == ["Pyongyang Textile Research Union"])
    }

    /// A founder's or donor's name before the initials: the acronym spells the end of the
    /// name. An acronym the gazetteer knows keeps naming the body it spells.
    @Test func anAcronymSpellingTheEndOfANameIsDefinedByIt() throws {
        let report = try facts("Analysts at the Henry Stimson Institute for Border Studies (IBS) counted the trucks. The IBS report was released on Monday.")
        #expect(holder(of: "IBS", in: report) == ["Henry Stimson Institute for Border Studies"])
        let party = try facts("Ri Chol was a vice director of the Organization Department of the Workers' Party of Korea (WPK) until 2019.")
        #expect(holder(of: "WPK", in: party) == ["Workers' Party of Korea"])
    }

    @Test func koreanNamesAndLaterSurnamesAreOnePerson() throws {
        let report = try facts("Pak Chol Sok, a smuggler from the border, was detained on Monday. Pak denied the charges.")
        let pak = try #require(report.entities.first { $0.name == "Pak Chol Sok" })
        #expect(pak.kind == .person)
        #expect(pak.mentions.map(\.text) == ["Pak Chol Sok", "Pak"])
        #expect(!pak.aliases.contains("Pak"))  // a bare surname names many people
    }

    @Test func aSurnameBeforeFamilyOrPortraitsIsNoPerson() throws {
        let report = try facts("Kim Il Sung and Kim Jong Il were honoured. Residents cleaned the Kim family portraits.")
        #expect(names(report, .person) == ["Kim Il Sung", "Kim Jong Il"])
        #expect(!report.entities.contains { $0.mentions.contains { $0.text == "Kim" } })
    }

    @Test func headWordsTypeNamesTheGazetteerLacks() throws {
        let report = try facts("Guards from the Tokhyon-gun checkpoint met officials of the Tokhyon County Party Committee near Pulgun Market.")
        #expect(names(report, .place).isSuperset(of: ["Tokhyon County", "Pulgun Market"]))
        #expect(names(report, .agency).contains("Tokhyon County Party Committee"))
    }

    @Test func romanisationVariantsAndSuffixesMeetInOneNode() throws {
        let report = try facts("Traders in Hyesan City said prices rose. In Hyesan, rice now costs more. Yanggang Province officials agreed, as did others in Ryanggang.")
        #expect(names(report, .place) == ["Hyesan", "Ryanggang Province"])
    }

    @Test func coordinatedProvincesAreTwoPlaces() throws {
        let report = try facts("Floods hit North and South Hamgyong provinces last week.")
        #expect(names(report, .place).isSuperset(of: ["North Hamgyong Province", "South Hamgyong Province"]))
    }

    @Test func placeCommaProvinceIsContainment() throws {
        let report = try facts("The arrests took place in Chasong, Jagang Province, on Tuesday.")
        let located = report.relations.filter { $0.kind == .locatedIn }
        #expect(located.map { "\($0.source) > \($0.target)" } == ["place:chasong-county > place:jagang-province"])
    }

    @Test func bylinesAppositivesAndSpeechVerbsNamePeople() throws {
        let report = try facts("""
            Zhang Wei said the border was closed. Li Na, a trading company executive in Dandong, agreed.

            *Translated by Gabriela Bernal
            """)
        #expect(names(report, .person) == ["Zhang Wei", "Li Na", "Gabriela Bernal"])
    }

    @Test func noiseIsNotAnEntity() throws {
        let report = try facts("""
            However, in January Sources said North Koreans were worried. Please direct any comments to dailynkenglish@uni-media.net.
            Read in Korean
            Image: Daily NK
            """)
        #expect(names(report, .person).isEmpty)
        #expect(names(report, .place).isEmpty)
        #expect(names(report, .agency) == ["Daily NK"])
    }

    @Test func eventsGetTheirTriggerAndPlace() throws {
        let report = try facts("A fire broke out at a house in Hoeryong on Dec. 30. The blaze destroyed two homes.")
        let fire = try #require(report.entities.first { $0.kind == .event && $0.category == "fire" })
        #expect(fire.name == "fire — Hoeryong, Dec. 30")
        #expect(fire.date == "--12-30")
        #expect(fire.mentions.count == 2)
        #expect(report.relations.contains { $0.kind == .occurredIn && $0.source == fire.id && $0.target == "place:hoeryong" })
    }

    @Test func diplomaticTradeAndConstructionHappeningsAreEvents() throws {
        let report = try facts("""
            The two ministers met in Wonsan and signed a cooperation deal. Freighters loaded coal at Nampo. \
            Satellite images show the camp was expanded. Rights groups urged China to stop the returns.
            """)
        let categories = Set(report.entities.filter { $0.kind == .event }.compactMap(\.category))
        #expect(categories.isSuperset(of: ["meeting", "agreement", "shipment", "construction", "statement"]))
        // Receiving information is no meeting.
        let told = try facts("The local office received information about the smugglers.")
        #expect(!told.entities.contains { $0.kind == .event && $0.category == "meeting" })
    }

    @Test func aDatelineIsNotWhereOrWhenTheEventHappened() throws {
        let report = try facts("""
            Date: 2015-05-13

            SEOUL, May 13 (Yonhap) -- Defense chief Hyon Yong-chol was executed in Pyongyang on April 30, officials said.
            """)
        let execution = try #require(report.entities.first { $0.kind == .event && $0.category == "execution" })
        #expect(execution.name == "public execution of Hyon Yong Chol — Pyongyang, April 30")
        #expect(execution.date == "2015-04-30")
        // Without a dateline the same place words count.
        #expect(Dateline.end(of: 0..<3, tokens: Tokenizer.tokenize(Array("Seoul said so".unicodeScalars)), slice: TextSlice(utf8: Array("Seoul said so".utf8))) == nil)
    }

    @Test func anOutletsPossessiveIsTheOutlet() throws {
        let report = try facts("Daily NK’s sources in Musan confirmed the report.")
        #expect(names(report, .agency) == ["Daily NK"])
        #expect(holder(of: "Daily NK", in: report) == ["Daily NK"])
    }

    @Test func eventDatesTakeTheYearFromTheReport() throws {
        let report = try facts("Date: 2021-01-05\n\nTwo smugglers were arrested in Sinuiju on Dec. 28. A fire broke out on Jan. 3, officials said.")
        let arrest = try #require(report.entities.first { $0.category == "arrest" })
        #expect(arrest.date == "2020-12-28")
        #expect(arrest.name == "arrest of smugglers — Sinuiju, Dec. 28")
        let fire = try #require(report.entities.first { $0.category == "fire" })
        #expect(fire.date == "2021-01-03")
    }

    @Test func aDateRightAfterAReportingVerbOnlyBoundsTheEvent() throws {
        let report = try facts("A source told Daily NK on Apr. 30 that two men were executed in Kilju in March.")
        let execution = try #require(report.entities.first { $0.category == "execution" })
        #expect(execution.date == "--04-30")
        #expect(execution.name == "public execution — Kilju County, by Apr. 30")
        // What is still to come is not dated by when it was announced.
        let plan = try facts("KCNA said on May 2 that the party will hold a plenary meeting in Pyongyang.")
        #expect(plan.entities.first { $0.category == "meeting" }?.date == nil)
    }

    @Test func anIntervalAfterADatedSentenceDatesTheEvent() throws {
        let report = try facts("The two smugglers were caught in Hyesan on Apr. 4. They were publicly executed less than a week later. Three days later, a lecture was held for residents.")
        let execution = try #require(report.entities.first { $0.category == "execution" })
        #expect(execution.date == "--04-11")
        #expect(execution.name.hasSuffix(", by Apr. 11"))
        let lecture = try #require(report.entities.first { $0.category == "lecture" })
        // "Three days later": three days after the nearest dated sentence, not an upper bound.
        #expect(lecture.name.hasSuffix(", about Apr. 7"))
        let dated = try facts("Date: 2020-12-20\n\nThe broker was arrested on Dec. 29, 2020. He was sent to a labor camp a week later.")
        #expect(dated.entities.first { $0.category == "arrest" }?.date == "2020-12-29")
        #expect(dated.entities.first { $0.category == "confinement-camp" }?.date == "2021-01-05")
    }

    @Test func peopleAndBodiesNamedWithAnEventTakePartInIt() throws {
        let report = try facts("The Ministry of State Security arrested Ri Chol Min in Hyesan, Daily NK learned.")
        let arrest = try #require(report.entities.first { $0.category == "arrest" })
        let participants = Set(report.relations.filter { $0.kind == .participant && $0.target == arrest.id }.map(\.source))
        #expect(participants == ["agency:ministry-of-state-security", "person:ri-chol-min"])
        // The co-mention between them is not kept beside the typed relation.
        #expect(!report.relations.contains { $0.kind == .coMentioned && Set([$0.source, $0.target]) == Set([arrest.id, "person:ri-chol-min"]) })
    }

    @Test func unlistedRomanisationsFindTheKnownPlace() throws {
        let report = try facts("Officials in Gimchaeg City met traders from Hoiryung.")
        #expect(names(report, .place) == ["Kimchaek", "Hoeryong"])
        #expect(report.entities.first { $0.name == "Hoeryong" }?.mentions.map(\.text) == ["Hoiryung"])
    }

    @Test func placesCoordinatedBeforeTheirContainerLieInIt() throws {
        let report = try facts("Floods hit Kumho-dong and Sinpa-dong in Hyesan on Monday.")
        let located = Set(report.relations.filter { $0.kind == .locatedIn }.map { "\($0.source) > \($0.target)" })
        #expect(located == ["place:kumho-dong > place:hyesan", "place:sinpa-dong > place:hyesan"])
        // A neighbourhood is not the county whose name it shares.
        #expect(!names(report, .place).contains("Kimjongsuk County"))
    }

    private func located(_ facts: ReportFacts) -> Set<String> {
        Set(facts.relations.filter { $0.kind == .locatedIn }.map { "\($0.source) > \($0.target)" })
    }

    @Test func aPlaceAfterAnotherPlacesPossessiveLiesInIt() throws {
        let report = try facts("Traders sold rice at Hyesan’s Wiyon Market. China's Liaoning Province closed its ports.")
        #expect(located(report).contains("place:wiyon-market > place:hyesan"))
        #expect(located(report).contains("place:liaoning-province > place:china"))
        // The larger place never lies in the smaller one.
        let reversed = try facts("Hyesan's Ryanggang Province officials met.")
        #expect(!located(reversed).contains("place:ryanggang-province > place:hyesan"))
    }

    @Test func theCityReferBackToTheLatestCityWhenNoNameHoldsTheWord() throws {
        let report = try facts("Floods hit Hamhung on Monday. Workers were sent to the city’s Hoesang-dong area.")
        #expect(holder(of: "the city", in: report) == ["Hamhung"])
        #expect(located(report).contains("place:hoesang-dong > place:hamhung"))
        // "the city" is never an agency whose name holds "City".
        let committee = try facts("The Hyesan City People's Committee met. Residents of the city complained.")
        #expect(holder(of: "the city", in: committee) == ["Hyesan"])
    }

    @Test func anAppositionCallingAPlaceACityOfACountryOrPlacePutsItThere() throws {
        let report = try facts("""
            They hid in Baijin Village, a Chinese border village, before leaving China. \
            Pyongsan-ri, the county seat of Ryongchon County, was calm.
            """)
        #expect(located(report).contains("place:baijin-village > place:china"))
        #expect(located(report).contains("place:pyongsan-ri > place:ryongchon-county"))
        // Without the country named in the report there is nothing to link.
        let alone = try facts("They hid in Baijin Village, a Chinese border village.")
        #expect(located(alone).isEmpty)
    }

    @Test func describedContainersAndAreaWordsStillMeanContainment() throws {
        let report = try facts("""
            Police raided the Kunhwa Market (KM) in the northern border city of Hyesan. \
            Work on the Ponghwa Street development in Chung District stopped. \
            The crossing at Quanhe in China's Jilin Province reopened.
            """)
        #expect(located(report).contains("place:kunhwa-market > place:hyesan"))
        #expect(located(report).contains("place:ponghwa-street > place:central-district"))
        #expect(located(report).contains("place:quanhe > place:jilin-province"))
        #expect(!located(report).contains("place:quanhe > place:china"))
    }

    @Test func namesInAnAuthorHeaderArePeopleTheSourceReportedBy() throws {
        let report = try facts("""
            Title: Satellite images show new hall
            Source: 38 North
            Author: Peter Vandermeer and Ji-yeon Ha

            Work continued at the shipyard.
            """)
        #expect(names(report, .person) == ["Peter Vandermeer", "Ji-yeon Ha"])
        let reported = Set(report.relations.filter { $0.kind == .reportedBy }.map { "\($0.source) > \($0.target)" })
        #expect(reported == ["agency:38-north > person:peter-vandermeer", "agency:38-north > person:ji-yeon-ha"])
    }

    @Test func givenNamesPinyinAndKoreanGivenFirstNamesArePeople() throws {
        let report = try facts("""
            Officials met Olga Demidova on Monday. Traders paid Chen Jiahao in cash. \
            Later Hyun-woo Park arrived with Takeshi Moriyama.
            """)
        #expect(names(report, .person) == ["Olga Demidova", "Chen Jiahao", "Hyun-woo Park", "Takeshi Moriyama"])
        // A Chinese family name before an English word is no person.
        let street = try facts("Police closed Wang Street on Monday.")
        #expect(names(street, .person).isEmpty)
    }

    @Test func aWireBylineInCapitalsNamesItsWritersInTitleCase() throws {
        let report = try facts("""
            Title: Liaison office destroyed

            By HYUN-WOO PARK and ELLEN MARSH Associated Press

            The building collapsed. Translated by Claire S. Lee.
            """)
        #expect(names(report, .person) == ["Hyun-woo Park", "Ellen Marsh", "Claire S. Lee"])
        #expect(names(report, .agency) == ["Associated Press"])
    }

    @Test func wordsAfterByThatAreNoNamesStayUnnamed() throws {
        let report = try facts("Kim Jong Un spoke. The event was presided over by Kim. Farms were hit by Typhoon Maysak and must recover by Oct. 10.")
        #expect(names(report, .person) == ["Kim Jong Un"])
        #expect(holder(of: "Kim", in: report) == ["Kim Jong Un"])
    }

    @Test func aTitleInsideTheRunIsNoPartOfTheName() throws {
        let report = try facts("U.S. Defense Secretary Jim Mattis said the test failed. Russia's Minister of Natural Resources Alexander Kozlov arrived.")
        #expect(names(report, .person) == ["Jim Mattis", "Alexander Kozlov"])
    }

    @Test func rolesAroundCommasAndWhoClausesNamePeople() throws {
        let report = try facts("""
            The firm's sole director, Bao Ruilin, told the panel he had sold it. \
            Payments went through a broker in Taiwan, Hsu Mei-ling, and an agent. \
            Ri Kum Dok, the company's general director, declined to comment. \
            Among the dead is Ayla Brennick, who was abducted in 1977.
            """)
        #expect(names(report, .person).isSuperset(of: ["Bao Ruilin", "Hsu Mei-ling", "Ri Kum Dok", "Ayla Brennick"]))
        // A place after a comma and a role word is still a place.
        let place = try facts("He worked as a smuggler, Hyesan, and elsewhere.")
        #expect(names(place, .person).isEmpty)
    }

    @Test func bodiesNamedByCueWordsInitialsOrAnAcronymOffice() throws {
        let report = try facts("""
            Photo courtesy of Voices of Korea Peace. \
            Kim Ok-sun, director of the Seoul-based NGO Voices of Korea Peace, said so. \
            A report by Korea Camp Watch (KCW) followed. \
            Agents of the Musan County MSS office raided the dormitory.
            """)
        #expect(names(report, .agency).isSuperset(of: ["Voices of Korea Peace", "Korea Camp Watch", "Musan County MSS office"]))
        let refugees = try facts("Lee Sang-woo, the director of the Seoul-based NGO Shelter for Refugees, said so.")
        #expect(names(refugees, .agency) == ["Shelter for Refugees"])
        // The caption before the NGO is introduced names it too, not the place Korea.
        #expect(!names(report, .place).contains("Korea"))
        #expect(located(report).contains("agency:musan-county-mss-office > place:musan-county"))
    }

    @Test func aBodyNamedWholeInsideAKnownBodysNameIsMentionedToo() throws {
        let report = try facts("""
            Choe attended a meeting of the Political Bureau of the Central Committee of the WPK.             The director of the International Department of the WPK Central Committee spoke.             The UN Security Council met on Monday.
            """)
        #expect(holder(of: "Political Bureau of the Central Committee of the WPK", in: report) == ["Politburo of the Workers' Party of Korea"])
        #expect(holder(of: "Central Committee of the WPK", in: report) == ["Central Committee of the Workers' Party of Korea"])
        #expect(holder(of: "WPK Central Committee", in: report) == ["Central Committee of the Workers' Party of Korea"])
        #expect(holder(of: "WPK", in: report) == ["Workers' Party of Korea"])
        // An acronym opening a body's name is no mention of its own.
        #expect(!names(report, .agency).contains("United Nations"))
        #expect(names(report, .agency).contains("United Nations Security Council"))
    }

    @Test func aLowerCasePlaceWordTypesTheUnknownNameBeforeItWithoutJoiningIt() throws {
        let report = try facts("""
            He collapsed in the island's Tawara district on Monday. She had been taken from Tawara in 1978.             Traders met in a Chinese city and in the border city of Hyesan.
            """)
        #expect(names(report, .place).contains("Tawara"))
        #expect(holder(of: "Tawara district", in: report) == ["Tawara"])
        #expect(holder(of: "Tawara", in: report) == ["Tawara"])
        #expect(!names(report, .place).contains { $0.hasSuffix("city") || $0.hasPrefix("Chinese") })
    }

    @Test func theNationalSecurityAgencyIsTheUSAgencyWithItsCountryAndTheMinistryWithout() throws {
        let us = try facts("The advisory was sealed by the U.S. National Security Agency (NSA) and the FBI.")
        #expect(holder(of: "NSA", in: us) == ["National Security Agency"])
        let north = try facts("The National Security Agency, which residents call the Bowibu, set up a task force in Hyesan.")
        #expect(holder(of: "National Security Agency", in: north) == ["Ministry of State Security"])
    }

    @Test func companiesShipsAndBodiesJoinedByAnd() throws {
        let report = try facts("""
            The court fined Hunchun Baiyun Trade Co., Ltd. for smuggling. The tanker Chonma 7 met a ship off Nampo. \
            Officials of the Asian and Oceanian Affairs Bureau met. Funds went to Rimyong Development Corporation and Sea Star Maritime Ltd.
            """)
        let agencies = names(report, .agency)
        #expect(agencies.isSuperset(of: ["Hunchun Baiyun Trade Co., Ltd", "Chonma 7", "Asian and Oceanian Affairs Bureau",
                                         "Rimyong Development Corporation", "Sea Star Maritime Ltd"]))
        #expect(!agencies.contains { $0.contains("Corporation and") })
        #expect(report.entities.first { $0.name == "Chonma 7" }?.category == "vessel")
    }

    @Test func marketsAndAreasLieInThePlaceTheyAreNamedFor() throws {
        let report = try facts("Vendors at Sariwon Market complained. Kim visited the Tongam mining area in Tanchon.")
        #expect(located(report).contains("place:sariwon-market > place:sariwon"))
        #expect(located(report).contains("place:tongam > place:tanchon"))
        // A village is not in the county whose name it starts with.
        let village = try facts("They lived in Pyongsan-ri, the county seat of Ryongchon County.")
        #expect(!located(village).contains { $0.hasPrefix("place:pyongsan-ri > place:pyongsan") })
    }

    @Test func aKnownNameWithALowerCaseEndKeepsIt() throws {
        let report = try facts("Putin met Kim at the Vostochny Cosmodrome in the Amur region. Ships left Nampo port.")
        #expect(names(report, .place).isSuperset(of: ["Amur Oblast", "Nampo"]))
        #expect(!names(report, .place).contains("Nampo Port"))
    }

    @Test func theMinistryAndTheCountyReferBackWhenOnlyOneFits() throws {
        let report = try facts("Officials of the Ministry of Social Security arrested two men in Kapsan County. The ministry later released one of them, and the county held a meeting.")
        #expect(holder(of: "The ministry", in: report) == ["Ministry of Social Security"])
        #expect(holder(of: "the county", in: report) == ["Kapsan County"])
        // With two ministries named, "the ministry" is left alone.
        let two = try facts("The Ministry of State Security and the Ministry of Social Security disagreed. The ministry said nothing.")
        #expect(holder(of: "The ministry", in: two).isEmpty)
    }

    @Test func aShortFormReferringToOneBodyNamedTwiceStillRefersToIt() throws {
        let report = try facts("The Ministry of Social Security raided a market. Later the Ministry of Social Security fined traders. The ministry kept the goods.")
        #expect(holder(of: "The ministry", in: report) == ["Ministry of Social Security"])
    }

    @Test func aPlaceWordNoNameHoldsReferToTheLatestPlaceOfItsKind() throws {
        let report = try facts("Traders in Sinuiju were fined. Police searched the city's Namjung-dong area.")
        #expect(holder(of: "the city", in: report) == ["Sinuiju"])
    }

    @Test func anUndefinedAcronymTakesTheGazetteersFirstBodyWhenTheReportNamesNone() throws {
        let unnamed = try facts("Agents of the MSS released them.")
        #expect(holder(of: "MSS", in: unnamed) == ["Ministry of State Security"])
    }

    @Test func anAcronymDefinedTwiceTakesTheLatestDefinitionBeforeIt() throws {
        let report = try facts("The Ministry of State Security (MSS) arrested him. The MSS held him for a month. In May the Ministry of Social Security (MSS) took over. The MSS later freed him.")
        let state = try #require(report.entities.first { $0.name == "Ministry of State Security" })
        let social = try #require(report.entities.first { $0.name == "Ministry of Social Security" })
        // Each holds its full name and the two acronyms after its definition, the later
        // bare "MSS" the second body's.
        #expect(state.mentions.filter { $0.text == "MSS" }.count == 2)
        #expect(social.mentions.filter { $0.text == "MSS" }.count == 2)
        #expect(state.mentions.map(\.start).max()! < social.mentions.filter { $0.text == "MSS" }.map(\.start).max()!)
    }

    @Test func anAcronymCanComeBeforeItsFullName() throws {
        let report = try facts("Police from the PSB, the Public Security Bureau of Yanji City, detained them. Researchers at NKDB (Database Center for North Korean Human Rights) said the PSB handed them over.")
        #expect(holder(of: "PSB", in: report) == ["Public Security Bureau"])
        #expect(holder(of: "NKDB", in: report) == ["Database Center for North Korean Human Rights"])
        // An appositive whose initials do not spell the acronym defines nothing.
        let unrelated = try facts("The KPA, the Ministry of State Security and the police met.")
        #expect(holder(of: "KPA", in: unrelated) == ["Korean People's Army"])
    }

    @Test func bylinesAndPressRolesLinkPeopleToTheirOutlet() throws {
        let report = try facts("""
            Daily NK learned of the arrests in Hyesan. NK News also reported them.

            Kim Min-ji is one of Daily NK’s freelance reporters.
            *Translated by Anna Fifield
            """)
        let reported = Set(report.relations.filter { $0.kind == .reportedBy }.map { "\($0.source) > \($0.target)" })
        #expect(reported == ["agency:daily-nk > person:kim-min-ji", "agency:daily-nk > person:anna-fifield"])
        #expect(!report.relations.contains { $0.kind == .worksFor })
    }

    @Test func aPlaceMisspeltByOneLetterOfItsStemIsThePlaceNamedCorrectly() throws {
        let report = try facts("Police raided homes in Pyoksong County. Residents of Pyoksung County said the raids went on for a week.")
        let places = report.entities.filter { $0.kind == .place }.map(\.name)
        #expect(places.contains("Pyoksong County"))
        #expect(!places.contains("Pyoksung County"))
        // Two letters apart is another place.
        let two = try facts("Police raided homes in Pyoksong County. Residents of Pyaksung County said the raids went on for a week.")
        #expect(two.entities.filter { $0.kind == .place }.map(\.name).contains("Pyaksung County"))
    }

    @Test func aNameSplitsIntoItsLowerCasedStemAndLastWord() {
        func split(_ name: String) -> String? {
            ReportExtraction.stemAndLastWord(of: name).map { String(String.UnicodeScalarView($0.stem)) + "|" + $0.last }
        }
        #expect(split("Songchon County") == "songchon|County")
        #expect(split("  North  Hamgyong   Province ") == "north hamgyong|Province")
        #expect(split("Hyesan") == nil)
        #expect(split("   ") == nil)
        #expect(split("\u{C9}cole Normale") == "\u{E9}cole|Normale")
    }
}
