import Testing
import Foundation
import InngangModels
@testable import ConsentDomain

@Suite struct LegalBasisTests {
    typealias F = Fixture
    let referralTime = F.at("2026-03-02", 13)

    private func record(_ kind: LegalBasisKind = .dutyToReportToChildWelfare, to: ServiceCode = "barnevern",
                        categories: [String] = ["school"], justification: String = "Barnet har fortalt om vold hjemme.",
                        at: Date = F.now) throws(ConsentDomainError) -> RecordedLegalBasis {
        try LegalBasisRules.default.record(
            LegalBasisDraft(kind: kind.rawValue, child: F.child9, from: "skole", to: to, categories: categories,
                            justification: justification), recordedBy: "emp-teacher-7", now: at)
    }

    private func referral(to: ServiceCode = "barnevern", categories: [String] = ["school"], at: Date? = nil,
                          basis: LegalBasisID? = nil) -> ReferralQuestion {
        ReferralQuestion(from: "skole", to: to, child: F.child9, categories: categories, at: at ?? referralTime, legalBasisID: basis)
    }

    @Test func aLegalBasisRecordedIsNotAConsent() throws {
        let basis = try record()
        let check = ConsentCheck.decide([], from: "skole", category: "school", child: F.child9, to: "barnevern",
                                        purpose: "referral", at: referralTime)
        #expect(check == .deny(.noConsent))  // the consent check never sees a legal basis
        let coverage = ReferralCoverage.check(referral(), consents: [], legalBases: [basis])
        #expect(coverage == .legalBasis(basis.id, .dutyToReportToChildWelfare))
        #expect(coverage != .consent([]))
    }

    @Test func aReferralIsCoveredByAValidConsent() throws {
        let consent = try F.inForce(F.draft(from: ["skole"], to: ["ppt"], categories: ["school", "kindergarten"], purpose: "referral"))
        let result = ReferralCoverage.check(referral(to: "ppt", categories: ["school", "kindergarten"]), consents: [consent], legalBases: [])
        #expect(result == .consent([consent.consentID]))
    }

    @Test func aReferralWithNeitherConsentNorLegalBasisIsRefused() throws {
        let consent = try F.inForce(F.draft(from: ["skole"], to: ["ppt"], categories: ["school"], purpose: "referral"))
        #expect(ReferralCoverage.check(referral(to: "ppt", categories: ["school", "health"]), consents: [consent], legalBases: [])
                == .notCovered(.categoryNotCovered))
        #expect(ReferralCoverage.check(referral(), consents: [], legalBases: []) == .notCovered(.noConsent))
        #expect(ReferralCoverage.check(referral(categories: ["astrology"]), consents: [], legalBases: []) == .notCovered(.unknownCategory))
        #expect(!ReferralCoverage.check(referral(categories: []), consents: [], legalBases: []).isCovered)
    }

    @Test func aLegalBasisCoversOnlyItsChildServicesAndCategories() throws {
        let basis = try record(categories: ["school"])
        #expect(!ReferralCoverage.check(referral(categories: ["school", "health"]), consents: [], legalBases: [basis]).isCovered)
        let other = ReferralQuestion(from: "skole", to: "barnevern", child: F.child15, categories: ["school"], at: referralTime)
        #expect(!ReferralCoverage.check(other, consents: [], legalBases: [basis]).isCovered)
        #expect(!ReferralCoverage.check(referral(at: F.now.addingTimeInterval(-60)), consents: [], legalBases: [basis]).isCovered)
        #expect(!ReferralCoverage.check(referral(at: F.at("2026-03-10")), consents: [], legalBases: [basis]).isCovered)  // stale
        #expect(!ReferralCoverage.check(referral(basis: LegalBasisID()), consents: [], legalBases: [basis]).isCovered)
        #expect(ReferralCoverage.check(referral(basis: basis.id), consents: [], legalBases: [basis]).isCovered)
    }

    @Test func theDutyToReportGoesOnlyToTheChildWelfareService() throws {
        do {
            _ = try record(.dutyToReportToChildWelfare, to: "ppt")
            Issue.record("expected invalidLegalBasis")
        } catch { #expect(error.code == .invalidLegalBasis && error.fields == ["/to"]) }
        let danger = try record(.dangerToLifeOrHealth, to: "bup")
        #expect(danger.kind == .dangerToLifeOrHealth && danger.kind.legalSource == "forvaltningsloven § 13 b første ledd nr. 7")
        #expect(LegalBasisKind.dutyToReportToChildWelfare.legalSource == "barnevernsloven § 13-2")
    }

    @Test func aLegalBasisNeedsAWrittenJustification() {
        do {
            _ = try record(justification: "   ")
            Issue.record("expected invalidLegalBasis")
        } catch { #expect(error.fields == ["/justification"]) }
        do {
            _ = try LegalBasisRules.default.record(
                LegalBasisDraft(kind: "gut-feeling", child: F.child9, from: "skole", to: "skole", categories: ["x"], justification: "y"),
                recordedBy: "emp", now: F.now)
            Issue.record("expected invalidLegalBasis")
        } catch { #expect(error.fields == ["/kind", "/to", "/categories/0"]) }
    }

    @Test func theLegalBasisEventCarriesNoJustification() throws {
        let basis = try record()
        let json = String(decoding: try EventJSON.encoder.encode(basis.recordedEvent), as: UTF8.self)
        #expect(!json.contains("vold"))
        #expect(json.contains("\"kind\":\"duty-to-report-child-welfare\""))
    }
}
