import InngangModels
import Testing

@testable import KlageDomain

/// forvaltningsloven § 28 (party) with the age rules: guardians for children under 18, the young
/// person from 18, the child from 15 in barnevern matters (barnevernsloven § 12-3).
@Suite struct PartyRuleTests {
    let rule = PartyRule()
    let bornMarch2011 = day(2011, 3, 1)

    func standing(_ relation: AppellantFacts.Relation, _ service: ServiceCode, on date: LocalDate) -> Standing {
        rule.standing(of: AppellantFacts(relation: relation, childBirthDate: bornMarch2011), service: service, on: date)
    }

    @Test func guardianWithParentalResponsibilityOfAChildUnder18IsAParty() {
        #expect(standing(.guardian(hasParentalResponsibility: true), "ppt", on: day(2029, 2, 28)) == .party(.guardian))
    }

    @Test func guardianWithoutParentalResponsibilityIsNotAParty() {
        #expect(standing(.guardian(hasParentalResponsibility: false), "ppt", on: day(2026, 1, 20)) == .notAParty(.noParentalResponsibility))
    }

    @Test func fromTheChildsEighteenthBirthdayOnlyTheYoungPersonIsAParty() {
        #expect(standing(.guardian(hasParentalResponsibility: true), "ppt", on: day(2029, 3, 1)) == .notAParty(.childIsAdult))
        #expect(standing(.childThemself, "ppt", on: day(2029, 3, 1)) == .party(.youngPerson))
        #expect(standing(.childThemself, "ppt", on: day(2029, 2, 28)) == .notAParty(.childBelowPartyAge))
    }

    @Test func inBarnevernTheChildIsAPartyFrom15BesideTheGuardians() {
        #expect(standing(.childThemself, "barnevern", on: day(2026, 3, 1)) == .party(.child))
        #expect(standing(.childThemself, "barnevern", on: day(2026, 2, 28)) == .notAParty(.childBelowPartyAge))
        #expect(standing(.guardian(hasParentalResponsibility: true), "barnevern", on: day(2026, 3, 1)) == .party(.guardian))
    }

    @Test func outsideBarnevernA15YearOldIsNotAParty() {
        #expect(standing(.childThemself, "skole", on: day(2026, 6, 1)) == .notAParty(.childBelowPartyAge))
    }

    @Test func thePartyAgeIsConfigurablePerService() {
        let custom = PartyRule(childPartyAgeByService: ["barnevern": 15, "helsestasjon": 16])
        let facts = AppellantFacts(relation: .childThemself, childBirthDate: bornMarch2011)
        #expect(custom.standing(of: facts, service: "helsestasjon", on: day(2027, 3, 1)) == .party(.child))
        #expect(custom.standing(of: facts, service: "helsestasjon", on: day(2027, 2, 28)) == .notAParty(.childBelowPartyAge))
    }

    @Test func someoneUnconnectedIsNotAParty() {
        #expect(standing(.unrelated, "ppt", on: day(2026, 1, 20)) == .notAParty(.notConnectedToCase))
    }

    @Test func bornOnLeapDayTurnsOlderOnFirstMarchInCommonYears() {
        #expect(PartyRule.completedYears(bornOn: day(2008, 2, 29), on: day(2026, 2, 28)) == 17)
        #expect(PartyRule.completedYears(bornOn: day(2008, 2, 29), on: day(2026, 3, 1)) == 18)
    }
}
