/// A noun of `lexicon/role-nouns.tsv`: a word that describes an unnamed actor.
struct RoleNoun: Sendable {
    enum Kind: String, Sendable {
        /// Does things or has things done to it: `director`, `kidnappers`.
        case actor
        /// Somebody's relative after a possessive: "the director's son"; on its own ("a
        /// mother who saved her children") an actor.
        case kin
    }

    var kind: Kind
    var isPlural: Bool
    /// For agent nouns (`kidnapper`): the event type (index into ``Lexicon/eventTypes``)
    /// the actor took part in, and on which side.
    var event: (type: Int, side: ParticipantSide)?
}
