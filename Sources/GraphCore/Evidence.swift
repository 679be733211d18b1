/// The sentence of a report that supports a relation, and how it was read from it.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    /// The report the sentence is in.
    public var document: DocumentID
    /// The index of the sentence within the report, counting from 0.
    public var sentence: Int
    /// The sentence as written, with its whitespace collapsed.
    public var text: String
    // The optional fields are spelled `Optional<…>`, not `…?`: a `var` written `T?` gets an
    // implicit `= nil` initial value, and with it the initializer below left a copy and a
    // destroy of the whole struct in every call (retaining and releasing each string), which
    // the optimizer removes when the fields have no initial value. Same type, same API.
    /// How the link was found in the sentence (`apposition`, `possessive`, `gazetteer`,
    /// `event_target`, `same_sentence`…), so an analyst can judge it; nil when unknown (a
    /// graph written before rules were recorded).
    public var rule: Optional<String>
    /// How likely the sentence states the relation, from 0 to 1, as the rule that found it
    /// is calibrated; nil when unknown.
    public var confidence: Optional<Double>
    /// For `participant`: which side of the event the participant is on, `agent` (did it:
    /// "arrested by the MSS") or `target` (had it done: "the kidnappers were arrested");
    /// nil when the sentence only names both.
    public var role: Optional<String>
    /// For `participant`: the word of the sentence that ties the participant to the event
    /// (`arrested`, `executed`, `investigation`, `ordered`).
    public var roleWord: Optional<String>

    public init(
        document: DocumentID, sentence: Int, text: String, rule: String? = nil, confidence: Double? = nil,
        role: String? = nil, roleWord: String? = nil
    ) {
        self.document = document
        self.sentence = sentence
        self.text = text
        self.rule = rule
        self.confidence = confidence
        self.role = role
        self.roleWord = roleWord
    }

    /// Evidence is ordered by report, then sentence: the rule does not take part, so one
    /// sentence counts once however many rules found the link in it.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.sentence) < (rhs.document, rhs.sentence)
    }

    private enum CodingKeys: String, CodingKey {
        case document, sentence, text, rule, confidence, role
        case roleWord = "role_word"
    }
}
