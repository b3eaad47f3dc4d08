import InngangModels
import Testing
@testable import IntakeDomain

@Suite("Applicant eligibility (guardian with parental responsibility)")
struct EligibilityTests {
    let register = FileBackedPopulationRegister.embedded()
    typealias F = DevelopmentFamilies
    func nid(_ s: String) -> NationalIdentityNumber { Fixture.nid(s) }

    func check(_ applicant: String, _ child: String, on day: LocalDate = Fixture.today,
               register: (any PopulationRegister)? = nil) async -> ApplicantEligibility.Decision {
        await ApplicantEligibility.check(applicant: nid(applicant), child: nid(child), on: day, register: register ?? self.register)
    }

    @Test func guardianWithParentalResponsibilityMayApplyAndBothGuardiansAreTold() async {
        let decision = await check(F.TwoGuardians.guardianB, F.TwoGuardians.child)
        #expect(decision.recipients == [
            CaseRecipient(person: nid(F.TwoGuardians.guardianB), role: .guardian, addressProtection: .none),  // applicant first
            CaseRecipient(person: nid(F.TwoGuardians.guardianA), role: .guardian, addressProtection: .none),
        ])
    }

    @Test func singleGuardianIsTheOnlyRecipient() async {
        let decision = await check(F.SingleGuardian.guardian, F.SingleGuardian.child)
        #expect(decision.recipients?.map(\.person) == [nid(F.SingleGuardian.guardian)])
    }

    @Test func parentWithoutParentalResponsibilityIsRefused() async {
        let decision = await check(F.OneWithoutResponsibility.withoutResponsibility, F.OneWithoutResponsibility.child)
        #expect(decision == .refused(.noParentalResponsibility))
    }

    @Test func parentWithoutParentalResponsibilityIsNotTold() async {
        let decision = await check(F.OneWithoutResponsibility.withResponsibility, F.OneWithoutResponsibility.child)
        #expect(decision.recipients?.map(\.person) == [nid(F.OneWithoutResponsibility.withResponsibility)])
    }

    @Test func restrictedGuardianIsNeitherApplicantNorRecipient() async {
        #expect(await check(F.ProtectedAddress.restrictedGuardian, F.ProtectedAddress.child) == .refused(.restrictedAccess))
        let decision = await check(F.ProtectedAddress.protectedGuardian, F.ProtectedAddress.child)
        #expect(decision.recipients == [
            CaseRecipient(person: nid(F.ProtectedAddress.protectedGuardian), role: .guardian, addressProtection: .strengtFortrolig)
        ])
    }

    @Test func someoneElsesChildIsRefused() async {
        #expect(await check(F.SingleGuardian.guardian, F.TwoGuardians.child) == .refused(.notGuardian))
    }

    @Test func childUnknownToTheRegisterIsRefused() async {
        #expect(await check(F.SingleGuardian.guardian, "20811451089") == .refused(.childUnknown))
    }

    @Test func youngPersonAged18OrOlderMustApplyThemselves() async {
        let adult = F.youngAdult
        #expect(await check(F.TwoGuardians.guardianA, adult) == .refused(.mustApplyThemselves))
        #expect(await check(adult, adult).recipients == [CaseRecipient(person: nid(adult), role: .youngPerson, addressProtection: .none)])
        // The day before the 18th birthday the guardians still apply.
        #expect(await check(F.TwoGuardians.guardianA, F.TwoGuardians.child, on: Fixture.date("2033-03-11")).recipients?.count == 2)
        #expect(await check(F.TwoGuardians.guardianA, F.TwoGuardians.child, on: Fixture.date("2033-03-12")) == .refused(.mustApplyThemselves))
    }

    @Test func twentyFiveAndOverIsOutsideIntake() async {
        #expect(await check(F.youngAdult, F.youngAdult, on: Fixture.date("2031-05-20")) == .refused(.outsideAgeRange))
    }

    @Test func registerFailureDeniesWhenUnsure() async {
        let decision = await check(F.TwoGuardians.guardianA, F.TwoGuardians.child, register: FailingRegister())
        #expect(decision == .refused(.registerUnavailable))
        #expect(decision.refusal?.isRetriable == true)
        #expect(ApplicantEligibility.Refusal.registerUnavailable.rawValue == "register-unavailable")
    }

    @Test func conflictingRegisterEntriesFailClosed() {
        let parent = nid(F.TwoGuardians.guardianA), other = nid(F.TwoGuardians.guardianB)
        let guardians = [
            GuardianRecord(person: parent, hasParentalResponsibility: true),
            GuardianRecord(person: other, hasParentalResponsibility: true),
            GuardianRecord(person: other, hasParentalResponsibility: true, restrictedAccess: true),
        ]
        #expect(ApplicantEligibility.decide(applicant: parent, guardians: guardians).recipients?.map(\.person) == [parent])
        #expect(ApplicantEligibility.decide(applicant: other, guardians: guardians) == .refused(.restrictedAccess))
    }
}
