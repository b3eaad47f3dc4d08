import Testing
import Foundation
import InngangModels
@testable import ConsentDomain

@Suite struct ConsentCheckTests {
    typealias F = Fixture
    let later = F.at("2026-03-10")

    @Test func noConsentDenies() {
        #expect(F.ask([], at: later) == .deny(.noConsent))
    }

    @Test func anotherChildsConsentDoesNotCover() throws {
        let record = try F.inForce()
        #expect(F.ask([record], child: F.child15, at: later) == .deny(.noConsent))
    }

    @Test func unknownCategoryDenies() throws {
        let record = try F.inForce()
        #expect(F.ask([record], category: "horoscope", at: later) == .deny(.unknownCategory))
        #expect(F.ask([], category: "", at: later) == .deny(.unknownCategory))
    }

    @Test func unknownPurposeOrServiceDenies() throws {
        let record = try F.inForce()
        #expect(F.ask([record], purpose: "marketing", at: later) == .deny(.unknownPurpose))
        #expect(F.ask([record], to: "P P T", at: later) == .deny(.unknownService))
    }

    @Test func allowedWhenEveryGrantorHasGivenNamingTheConsent() throws {
        let record = try F.inForce()
        #expect(F.ask([record], at: later) == .allow(record.consentID))
        #expect(F.ask([record], from: "helsestasjon", category: "health", to: "bup", at: later) == .allow(record.consentID))
    }

    @Test func notEveryGrantorHasGivenDenies() throws {
        let record = try F.apply(.given(by: F.guardianA, at: F.now), try F.requested())
        #expect(F.ask([record], at: later) == .deny(.notAllGiven))
    }

    @Test func oneGuardianRefusesDenies() throws {
        var record = try F.apply(.given(by: F.guardianA, at: F.now), try F.requested())
        record = try F.apply(.refused(by: F.guardianB, at: F.now.addingTimeInterval(60)), record)
        #expect(F.ask([record], at: later) == .deny(.refused))
    }

    @Test func oneWithdrawsAfterBothGaveTheCheckDeniesAfterAndAllowsBefore() throws {
        let bothGave = F.at("2026-03-03", 9)
        let withdrawal = F.at("2026-03-05", 14, 30)
        let record = try F.apply(.withdrawn(by: F.guardianB, at: withdrawal), try F.inForce(at: bothGave))
        #expect(F.ask([record], at: F.at("2026-03-03", 8, 59)) == .deny(.notAllGiven))
        #expect(F.ask([record], at: bothGave) == .allow(record.consentID))
        #expect(F.ask([record], at: withdrawal.addingTimeInterval(-1)) == .allow(record.consentID))  // not retroactive
        #expect(F.ask([record], at: withdrawal) == .deny(.withdrawn))  // at once
        #expect(F.ask([record], at: F.at("2026-03-06")) == .deny(.withdrawn))
    }

    @Test func aCheckAt2359OnTheLastValidDayAllows() throws {
        let record = try F.inForce(F.draft(validUntil: "2026-06-30"))
        #expect(F.ask([record], at: F.at("2026-06-30", 23, 59)) == .allow(record.consentID))
        #expect(F.ask([record], at: F.at("2026-07-01", 0, 0).addingTimeInterval(-0.001)) == .allow(record.consentID))
    }

    @Test func aCheckAfterExpiryDeniesWithoutAnyJobHavingRun() throws {
        let record = try F.inForce(F.draft(validUntil: "2026-06-30"))
        #expect(record.status == .inForce(since: F.now.addingTimeInterval(3600)))  // nothing recorded the expiry
        #expect(F.ask([record], at: F.at("2026-07-01", 0, 0)) == .deny(.expired))
        #expect(F.ask([record], at: F.at("2027-01-01")) == .deny(.expired))
    }

    @Test func anExceptionExcludesOneRecipient() throws {
        let record = try F.inForce(F.draft(exceptions: [.recipient(to: "bup")]))
        #expect(F.ask([record], from: "helsestasjon", category: "health", to: "bup", at: later) == .deny(.excludedByException))
        #expect(F.ask([record], from: "skole", category: "school", to: "bup", at: later) == .deny(.excludedByException))
        #expect(F.ask([record], from: "helsestasjon", category: "health", to: "ppt", at: later) == .allow(record.consentID))
    }

    @Test func anExceptionCanExcludeOnePairOrOneCategoryToARecipient() throws {
        let record = try F.inForce(F.draft(exceptions: [.pair(from: "skole", to: "bup"),
                                                        .categoryToRecipient(category: .health, to: "ppt")]))
        #expect(F.ask([record], from: "skole", category: "school", to: "bup", at: later) == .deny(.excludedByException))
        #expect(F.ask([record], from: "helsestasjon", category: "school", to: "bup", at: later) == .allow(record.consentID))
        #expect(F.ask([record], from: "helsestasjon", category: "health", to: "ppt", at: later) == .deny(.excludedByException))
        #expect(F.ask([record], from: "helsestasjon", category: "school", to: "ppt", at: later) == .allow(record.consentID))
    }

    @Test func sharingOutsideTheScopeDenies() throws {
        let record = try F.inForce()
        #expect(F.ask([record], category: "child-welfare", at: later) == .deny(.categoryNotCovered))
        #expect(F.ask([record], from: "barnehage", at: later) == .deny(.senderNotCovered))
        #expect(F.ask([record], to: "nav", at: later) == .deny(.recipientNotCovered))
        #expect(F.ask([record], purpose: "referral", at: later) == .deny(.purposeNotCovered))
    }

    @Test func theChildTurns18AndTheGuardiansConsentLapses() throws {
        let record = try F.inForce(F.draft(child: F.child17, categories: ["school"], validUntil: "2026-12-31"))
        #expect(record.terms.grantors.map(\.role) == [.guardian, .guardian])
        #expect(F.ask([record], child: F.child17, at: F.at("2026-04-29", 23, 59)) == .allow(record.consentID))
        #expect(F.ask([record], child: F.child17, at: F.at("2026-04-30", 0, 0)) == .deny(.childCameOfAge))
        let due = ConsentExpiry.dueExpiry(of: record, at: F.at("2026-04-30", 0, 0))
        #expect(due == .expired(reason: .childCameOfAge, at: F.at("2026-04-30", 0, 0)))
    }

    @Test func healthCategoryAt16NeedsTheChild() throws {
        // Requested at 15: the guardians consent to health. On the 16th birthday that lapses.
        let byGuardians = try F.inForce(F.draft(child: F.child15, from: ["helsestasjon"], to: ["bup"], categories: ["health"]))
        #expect(byGuardians.terms.grantors.map(\.role) == [.guardian, .guardian])
        let ask = { (records: [ConsentRecord], at: Date) in
            F.ask(records, from: "helsestasjon", category: "health", child: F.child15, to: "bup", at: at)
        }
        #expect(ask([byGuardians], F.at("2026-06-14", 23, 59)) == .allow(byGuardians.consentID))
        #expect(ask([byGuardians], F.at("2026-06-15", 0, 0)) == .deny(.grantorsChangedWithAge))

        // From 16 the young person consents alone, and that covers it.
        var own = try F.requested(F.draft(child: F.child15, from: ["helsestasjon"], to: ["bup"], categories: ["health"]),
                                  at: F.at("2026-06-15", 10))
        #expect(own.terms.grantors == [Grantor(person: F.child15, role: .child)])
        own = try F.apply(.given(by: F.child15, at: F.at("2026-06-15", 11)), own)
        #expect(ask([byGuardians, own], F.at("2026-06-16")) == .allow(own.consentID))
    }

    @Test func childWelfareAt15NeedsTheChild() throws {
        let record = try F.inForce(F.draft(child: F.child14, from: ["skole"], to: ["barnevern"], categories: ["child-welfare"]))
        let ask = { (at: Date) in
            F.ask([record], from: "skole", category: "child-welfare", child: F.child14, to: "barnevern", at: at)
        }
        #expect(ask(F.at("2026-03-09")) == .allow(record.consentID))
        #expect(ask(F.at("2026-03-10", 0, 0)) == .deny(.grantorsChangedWithAge))
    }

    @Test func aConsentTheYoungPersonGaveAloneOutlivesTheir18thBirthday() throws {
        var own = try F.requested(F.draft(child: F.child17, from: ["helsestasjon"], to: ["bup"], categories: ["health"]))
        own = try F.apply(.given(by: F.child17, at: F.now), own)
        #expect(F.ask([own], from: "helsestasjon", category: "health", child: F.child17, to: "bup",
                      at: F.at("2026-05-02")) == .allow(own.consentID))
    }

    @Test func severalConsentsAllowIfAnyValidOneCoversIt() throws {
        let withdrawn = try F.apply(.withdrawn(by: F.guardianA, at: F.at("2026-03-04")), try F.inForce())
        let valid = try F.inForce(F.draft(from: ["skole"], to: ["ppt"], categories: ["school"]))
        let narrow = try F.inForce(F.draft(from: ["barnehage"], to: ["skole"], categories: ["kindergarten"], purpose: "transition"))
        #expect(F.ask([withdrawn, valid, narrow], at: later) == .allow(valid.consentID))
        #expect(F.ask([withdrawn, narrow], at: later) == .deny(.withdrawn))  // the consent whose scope matched says why
        #expect(F.ask([narrow], at: later) == .deny(.categoryNotCovered))
    }

    @Test func aRevokedConsentDenies() throws {
        let record = try F.apply(.revoked(by: "emp-lead-2", reason: .cancelledByService, at: F.at("2026-03-04")), try F.inForce())
        #expect(F.ask([record], at: later) == .deny(.revoked))
    }

    @Test func anUnreadableHistoryDenies() throws {
        let record = try F.inForce()
        let question = SharingQuestion(from: "skole", category: "school", child: F.child9, to: "ppt", purpose: "coordination", at: later)
        #expect(ConsentCheck.decide(histories: [record.history], question: question) == .allow(record.consentID))
        #expect(ConsentCheck.decide(histories: [record.history, [.given(by: F.guardianA, at: later)]], question: question)
                == .deny(.historyUnreadable))
    }
}
