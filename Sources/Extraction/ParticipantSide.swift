/// Which side of an event a participant is on, as the sentence puts it.
///
/// Recorded on the evidence of each `participant` relation (`role` in the graph JSON), so
/// "the MSS investigated the mother" gives the MSS as `agent` and the mother as `target`,
/// where a bare co-occurrence could not tell the investigator from the investigated.
enum ParticipantSide: String, Sendable {
    /// The participant did it: "arrested by the MSS", "the MSS arrested", "an MSS probe".
    case agent
    /// It was done to the participant: "the kidnappers were arrested", "executed Jang".
    case target
}
