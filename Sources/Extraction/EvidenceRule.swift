/// The rule that read a relation from a sentence: recorded in each ``Evidence`` (by its
/// ``name``), with the confidence `lexicon/evidence-rules.tsv` gives it, so an analyst can
/// see how every link was found and how far to trust it.
enum EvidenceRule: UInt8, CaseIterable, Sendable {
    case gazetteer, nestedName, possessive, apposition, placePhrase, byline, pressRole, rolePhrase, kinPhrase
    case roleActor, eventPlace, eventAgent, eventTarget, sameSentence

    /// The name written in the graph JSON and the store (`place_phrase`).
    var name: String {
        switch self {
        case .gazetteer: "gazetteer"
        case .nestedName: "nested_name"
        case .possessive: "possessive"
        case .apposition: "apposition"
        case .placePhrase: "place_phrase"
        case .byline: "byline"
        case .pressRole: "press_role"
        case .rolePhrase: "role_phrase"
        case .kinPhrase: "kin_phrase"
        case .roleActor: "role_actor"
        case .eventPlace: "event_place"
        case .eventAgent: "event_agent"
        case .eventTarget: "event_target"
        case .sameSentence: "same_sentence"
        }
    }

    /// The rule named `name`, if there is one.
    init?(name: String) {
        guard let rule = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = rule
    }
}
