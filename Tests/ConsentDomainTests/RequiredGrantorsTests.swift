import Testing
import InngangModels
@testable import ConsentDomain

@Suite struct RequiredGrantorsTests {
    typealias F = Fixture

    @Test func everyGuardianWithParentalResponsibilityMustConsent() throws {
        let guardians = F.twoGuardians + [GuardianFact(person: F.guardianC, hasParentalResponsibility: false)]
        let grantors = try RequiredGrantors.determine(child: F.child9, age: 9, guardians: guardians, categories: [.school])
        #expect(grantors == [Grantor(person: F.guardianA, role: .guardian), Grantor(person: F.guardianB, role: .guardian)])
    }

    @Test func noGuardianWithParentalResponsibilityFailsClosed() {
        let guardians = [GuardianFact(person: F.guardianC, hasParentalResponsibility: false)]
        #expect(throws: ConsentDomainError.self) {
            try RequiredGrantors.determine(child: F.child9, age: 9, guardians: guardians, categories: [.school])
        }
        do {
            _ = try RequiredGrantors.determine(child: F.child9, age: 9, guardians: [], categories: [.school])
            Issue.record("expected noGuardianWithParentalResponsibility")
        } catch { #expect(error.code == .noGuardianWithParentalResponsibility) }
    }

    @Test func aRequiredGuardianWithRestrictedAccessCannotBeAsked() {
        let guardians = [F.twoGuardians[0], GuardianFact(person: F.guardianB, hasParentalResponsibility: true, restrictedAccess: true)]
        do {
            _ = try RequiredGrantors.determine(child: F.child9, age: 9, guardians: guardians, categories: [.school])
            Issue.record("expected guardianCannotBeAsked")
        } catch { #expect(error.code == .guardianCannotBeAsked) }
    }

    @Test func healthFromSixteenNeedsOnlyTheChild() throws {
        let grantors = try RequiredGrantors.determine(child: F.child15, age: 16, guardians: F.twoGuardians, categories: [.health])
        #expect(grantors == [Grantor(person: F.child15, role: .child)])
    }

    @Test func healthAtFifteenNeedsTheGuardians() throws {
        let grantors = try RequiredGrantors.determine(child: F.child15, age: 15, guardians: F.twoGuardians, categories: [.health])
        #expect(grantors.map(\.role) == [.guardian, .guardian])
    }

    @Test func childWelfareFromFifteenNeedsTheChildBesideTheGuardians() throws {
        let at14 = try RequiredGrantors.determine(child: F.child14, age: 14, guardians: F.twoGuardians, categories: [.childWelfare])
        let at15 = try RequiredGrantors.determine(child: F.child14, age: 15, guardians: F.twoGuardians, categories: [.childWelfare])
        #expect(at14.map(\.role) == [.guardian, .guardian])
        #expect(at15 == [Grantor(person: F.guardianA, role: .guardian), Grantor(person: F.guardianB, role: .guardian),
                         Grantor(person: F.child14, role: .child)])
    }

    @Test func fromEighteenOnlyTheYoungPersonConsents() throws {
        let grantors = try RequiredGrantors.determine(child: F.child17, age: 18, guardians: F.twoGuardians,
                                                      categories: [.school, .childWelfare, .health])
        #expect(grantors == [Grantor(person: F.child17, role: .child)])
    }

    @Test func healthForASixteenYearOldCannotShareARequestWithSchool() {
        do {
            _ = try RequiredGrantors.determine(child: F.child15, age: 16, guardians: F.twoGuardians, categories: [.health, .school])
            Issue.record("expected categoriesNeedSeparateRequests")
        } catch { #expect(error.code == .categoriesNeedSeparateRequests) }
    }

    @Test func childWelfareWithSchoolAtFifteenAsksTheChildToo() throws {
        let grantors = try RequiredGrantors.determine(child: F.child14, age: 15, guardians: F.twoGuardians,
                                                      categories: [.childWelfare, .school])
        #expect(grantors.count == 3)
        #expect(grantors.last == Grantor(person: F.child14, role: .child))
    }
}
