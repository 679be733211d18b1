import Testing
@testable import GraphCore

/// A relation's identifier is derived from its kind and ends, and relations order by it
/// without making it.
@Suite struct RelationIdentifierTests {
    @Test func identifierIsKindSourceAndTarget() {
        let relation = Relation(source: "person:kim-chol", target: "agency:mss", kind: .memberOf)
        #expect(relation.id == "member_of:person:kim-chol->agency:mss")
    }

    @Test func identifierFollowsTheEndsWhenTheyChange() {
        var relation = Relation(source: "person:kim-chol", target: "agency:mss", kind: .memberOf)
        relation.target = "agency:kpa"
        #expect(relation.id == "member_of:person:kim-chol->agency:kpa")
    }

    /// Ends where one is a prefix of another (`kim` and `kim-chol`, `kim` and `kim ` in
    /// other scripts), kinds that share a prefix, and names outside ASCII: `idPrecedes`
    /// must order every pair as comparing the identifiers does.
    @Test func idPrecedesOrdersAsTheIdentifiersDo() {
        let ends: [EntityID] = [
            "person:kim", "person:kim-chol", "person:kim-chol-u", "person:kimchol", "person:kim!", "person:kim-",
            "place:hyesan", "place:hyesan-city", "agency:mss", "agency:ms", "place:hamgyŏng", "place:hamgyong",
            "place:한국", "place:한", "event:001:arrest", "event:001:arrest-2",
        ]
        let kinds: [RelationKind] = [.memberOf, .locatedIn, .coMentioned, .participant, RelationKind(rawValue: "member"),
                                     RelationKind(rawValue: "member_of_x")]
        var relations: [Relation] = []
        for kind in kinds {
            for source in ends.prefix(8) {
                for target in ends.suffix(9) where source != target {
                    relations.append(Relation(source: source, target: target, kind: kind))
                }
            }
        }
        var disagreements = 0
        for a in relations {
            for b in relations where Relation.idPrecedes(a, b) != (a.id < b.id) {
                disagreements += 1
            }
        }
        #expect(disagreements == 0)
        #expect(relations.count > 300)
    }
}
