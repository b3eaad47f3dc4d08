import Testing
import InngangModels
@testable import ConsentDomain

@Suite struct AgeRulesTests {
    typealias F = Fixture

    @Test func defaultsAreTheThresholdsOfTheDomainDescription() throws {
        let rules = try AgeRules.default.validated()
        #expect(rules.childViewRecordedFrom == 7)
        #expect(rules.childViewWeighsHeavilyFrom == 12)
        #expect(rules.majorityAge == 18)
        #expect(rules.requirement(for: .health, age: 15) == .init(grantors: .guardians, ruleName: "parental-responsibility"))
        #expect(rules.requirement(for: .health, age: 16) == .init(grantors: .childAlone, ruleName: "own-health-consent-from-16"))
        #expect(rules.requirement(for: .childWelfare, age: 15)
                == .init(grantors: .guardiansAndChild, ruleName: "party-in-child-welfare-from-15"))
        #expect(rules.requirement(for: .school, age: 17).grantors == .guardians)
        #expect(rules.requirement(for: .school, age: 18) == .init(grantors: .childAlone, ruleName: "majority-at-18"))
    }

    @Test func ageRulesAreConfigurablePerCategory() throws {
        var rules = AgeRules.default
        rules.rules.append(AgeRule(name: "school-party-from-15", category: .school, fromAge: 15, grantors: .guardiansAndChild,
                                   legalSource: "municipal policy"))
        let checked = try rules.validated()
        #expect(checked.requirement(for: .school, age: 14).grantors == .guardians)
        #expect(checked.requirement(for: .school, age: 15) == .init(grantors: .guardiansAndChild, ruleName: "school-party-from-15"))
    }

    @Test func inconsistentAgeRulesAreRejected() {
        var duplicate = AgeRules.default
        duplicate.rules.append(AgeRule(name: "other", category: .health, fromAge: 16, grantors: .guardiansAndChild, legalSource: ""))
        #expect(throws: ConsentDomainError.self) { try duplicate.validated() }
        var beyondMajority = AgeRules.default
        beyondMajority.rules = [AgeRule(name: "late", category: .health, fromAge: 19, grantors: .childAlone, legalSource: "")]
        #expect(throws: ConsentDomainError.self) { try beyondMajority.validated() }
        #expect(throws: ConsentDomainError.self) { try AgeRules(childViewRecordedFrom: 12, childViewWeighsHeavilyFrom: 7).validated() }
    }

    @Test func childViewIsHeardFromSevenAndWeighsHeavilyFromTwelve() {
        #expect(ChildViewRule.weight(age: 6) == .optional)
        #expect(ChildViewRule.weight(age: 7) == .heard)
        #expect(ChildViewRule.weight(age: 11) == .heard)
        #expect(ChildViewRule.weight(age: 12) == .weighsHeavily)
        #expect(ChildViewRule.weight(age: 17) == .weighsHeavily)
        #expect(ChildViewRule.weight(age: 18) == .decidesThemselves)
        #expect(ChildViewRule.viewExpected(age: 7) && !ChildViewRule.viewExpected(age: 6) && !ChildViewRule.viewExpected(age: 18))
    }

    @Test func aChildTurnsAYearOlderOnTheBirthdayInOsloTime() {
        let born = F.date("2010-06-15")
        #expect(Age.completedYears(born: born, at: F.at("2026-06-14", 23, 59)) == 15)
        #expect(Age.completedYears(born: born, at: F.at("2026-06-15", 0, 0)) == 16)
    }

    @Test func aChildBornOnLeapDayTurnsOlderOnTheFirstOfMarch() {
        let born = F.date("2012-02-29")
        #expect(Age.completedYears(born: born, on: F.date("2030-02-28")) == 17)
        #expect(Age.completedYears(born: born, on: F.date("2030-03-01")) == 18)
        #expect(Age.birthday(18, born: born) == F.date("2030-03-01"))
        #expect(Age.birthday(20, born: born) == F.date("2032-02-29"))
    }
}
