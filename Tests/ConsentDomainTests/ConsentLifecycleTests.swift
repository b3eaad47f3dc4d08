import Testing
import Foundation
import InngangModels
@testable import ConsentDomain

@Suite struct ConsentLifecycleTests {
    typealias F = Fixture
    let t1 = F.now.addingTimeInterval(600)
    let t2 = F.now.addingTimeInterval(1200)
    let t3 = F.now.addingTimeInterval(1800)

    @Test func startingARequestPublishesConsentRequested() throws {
        let facts = try ConsentRequestRules.makeRequest(F.draft(purposeText: "Tekst"), guardians: F.twoGuardians,
                                                        requestedBy: F.employee, now: F.now)
        guard case .requested(let terms) = facts[0] else { Issue.record("no request"); return }
        let start = ConsentLifecycle.start(terms)
        #expect(start.changed && start.record.status == .awaiting)
        guard case .requested(let payload)? = start.events.first else { Issue.record("no event"); return }
        #expect(payload.consentID == terms.consentID)
        #expect(payload.grantors.map(\.role) == ["guardian", "guardian"])
        #expect(payload.categories == ["school", "health"] || payload.categories == ["health", "school"])
        #expect(start.events.first?.type == .consentRequested)
    }

    @Test func consentIsInForceOnlyWhenEveryGrantorHasGiven() throws {
        let record = try F.requested()
        let first = try ConsentLifecycle.apply(.given(by: F.guardianA, at: t1), to: record)
        #expect(first.changed && first.record.status == .awaiting && first.events.isEmpty)
        #expect(first.record.awaiting == [Grantor(person: F.guardianB, role: .guardian)])
        let second = try ConsentLifecycle.apply(.given(by: F.guardianB, at: t2), to: first.record)
        #expect(second.record.status == .inForce(since: t2))
        guard case .given(let payload)? = second.events.first else { Issue.record("expected consent given"); return }
        #expect(payload.grantors == [F.guardianA, F.guardianB] && payload.inForceFrom == t2)
    }

    @Test func oneGuardianRefuses() throws {
        var record = try F.apply(.given(by: F.guardianA, at: t1), try F.requested())
        let refusal = try ConsentLifecycle.apply(.refused(by: F.guardianB, at: t2), to: record)
        record = refusal.record
        #expect(record.status == .refused(by: F.guardianB, at: t2))
        guard case .refused(let payload)? = refusal.events.first else { Issue.record("expected consent refused"); return }
        #expect(payload.refusedBy == F.guardianB)
        #expect(throws: ConsentDomainError.self) { try ConsentLifecycle.apply(.given(by: F.guardianB, at: t3), to: record) }
    }

    @Test func givingTwiceChangesNothing() throws {
        let record = try F.apply(.given(by: F.guardianA, at: t1), try F.requested())
        let again = try ConsentLifecycle.apply(.given(by: F.guardianA, at: t2), to: record)
        #expect(!again.changed && again.events.isEmpty && again.record == record)
    }

    @Test func withdrawingTwiceChangesNothing() throws {
        let record = try F.apply(.withdrawn(by: F.guardianA, at: t3), try F.inForce(at: t1))
        let again = try ConsentLifecycle.apply(.withdrawn(by: F.guardianB, at: t3), to: record)
        #expect(!again.changed && again.record.status == .withdrawn(by: F.guardianA, at: t3))
    }

    @Test func aGrantorWhoGaveWithdrawsRatherThanRefuses() throws {
        let record = try F.apply(.given(by: F.guardianA, at: t1), try F.requested())
        do {
            _ = try ConsentLifecycle.apply(.refused(by: F.guardianA, at: t2), to: record)
            Issue.record("expected alreadyGiven")
        } catch { #expect(error.code == .alreadyGiven) }
        let withdrawn = try ConsentLifecycle.apply(.withdrawn(by: F.guardianA, at: t2), to: record)
        #expect(withdrawn.record.status == .withdrawn(by: F.guardianA, at: t2))
        guard case .withdrawn(let payload)? = withdrawn.events.first else { Issue.record("expected withdrawn"); return }
        #expect(!payload.wasInForce)
    }

    @Test func onlyARequiredGrantorCanAnswer() throws {
        let record = try F.requested()
        for fact in [ConsentFact.given(by: F.guardianC, at: t1), .refused(by: F.guardianC, at: t1), .withdrawn(by: F.guardianC, at: t1)] {
            do {
                _ = try ConsentLifecycle.apply(fact, to: record)
                Issue.record("expected notAGrantor")
            } catch { #expect(error.code == .notAGrantor) }
        }
    }

    @Test func withdrawalTellsEveryServiceThatReceivedInformation() throws {
        var record = try F.inForce(at: t1)
        record = try F.apply(.informationShared(record: SharingRecord(from: "skole", to: "ppt", category: .school,
                                                                      purpose: .coordination, at: t2)), record)
        record = try F.apply(.informationShared(record: SharingRecord(from: "helsestasjon", to: "bup", category: .health,
                                                                      purpose: .coordination, at: t2)), record)
        record = try F.apply(.informationShared(record: SharingRecord(from: "helsestasjon", to: "ppt", category: .health,
                                                                      purpose: .coordination, at: t2)), record)
        let withdrawal = try ConsentLifecycle.apply(.withdrawn(by: F.guardianB, at: t3), to: record)
        guard case .withdrawn(let payload)? = withdrawal.events.first else { Issue.record("expected withdrawn"); return }
        #expect(payload.informedServices == ["ppt", "bup"])
        #expect(payload.wasInForce && payload.withdrawnBy == F.guardianB && payload.withdrawnAt == t3)
        #expect(withdrawal.events.first?.type == .consentWithdrawn)
    }

    @Test func sharingCanOnlyBeRecordedWhereTheConsentAllowsIt() throws {
        let awaiting = try F.requested()
        let sharing = SharingRecord(from: "skole", to: "ppt", category: .school, purpose: .coordination, at: t2)
        do {
            _ = try ConsentLifecycle.apply(.informationShared(record: sharing), to: awaiting)
            Issue.record("expected sharingNotAllowed")
        } catch { #expect(error.code == .sharingNotAllowed) }
        let record = try F.inForce(at: t1)
        let outside = SharingRecord(from: "skole", to: "nav", category: .school, purpose: .coordination, at: t2)
        #expect(throws: ConsentDomainError.self) { try ConsentLifecycle.apply(.informationShared(record: outside), to: record) }
        let once = try F.apply(.informationShared(record: sharing), record)
        #expect(!(try ConsentLifecycle.apply(.informationShared(record: sharing), to: once)).changed)
    }

    @Test func anotherPartyRevokesTheConsent() throws {
        let record = try F.inForce(at: t1)
        let revoked = try ConsentLifecycle.apply(.revoked(by: "emp-lead-2", reason: .parentalResponsibilityChanged, at: t2), to: record)
        #expect(revoked.record.status == .revoked(by: "emp-lead-2", reason: .parentalResponsibilityChanged, at: t2))
        guard case .revoked(let payload)? = revoked.events.first else { Issue.record("expected revoked"); return }
        #expect(payload.reason == "parental-responsibility-changed")
    }

    @Test func anExpiryIsRecordedOnlyAfterTheConsentLapsed() throws {
        let record = try F.inForce(at: t1)
        do {
            _ = try ConsentLifecycle.apply(.expired(reason: .validUntilPassed, at: F.at("2026-12-31", 23, 59)), to: record)
            Issue.record("expected notExpired")
        } catch { #expect(error.code == .notExpired) }
        #expect(throws: ConsentDomainError.self) {
            try ConsentLifecycle.apply(.expired(reason: .childCameOfAge, at: F.at("2027-01-01")), to: record)
        }
        #expect(ConsentExpiry.dueExpiry(of: record, at: F.at("2026-12-31", 23, 59)) == nil)
        let due = try #require(ConsentExpiry.dueExpiry(of: record, at: F.at("2027-01-01", 0, 0)))
        #expect(due == .expired(reason: .validUntilPassed, at: F.at("2027-01-01", 0, 0)))
        let expired = try ConsentLifecycle.apply(due, to: record)
        guard case .expired(let payload)? = expired.events.first else { Issue.record("expected expired"); return }
        #expect(payload.reason == "valid-until-passed")
        #expect(ConsentExpiry.dueExpiry(of: expired.record, at: F.at("2027-02-01")) == nil)
    }

    @Test func foldingTheHistoryGivesTheSameRecord() throws {
        var record = try F.inForce(at: t1)
        record = try F.apply(.withdrawn(by: F.guardianA, at: t2), record)
        let refolded = try ConsentLifecycle.fold(record.history)
        #expect(refolded == record)
        #expect(try ConsentLifecycle.fold(refolded.history) == record)
    }

    @Test func aHistoryStartsWithItsRequestAndRunsForwardInTime() throws {
        let record = try F.inForce(at: t2)
        #expect(throws: ConsentDomainError.self) { try ConsentLifecycle.fold([.given(by: F.guardianA, at: t1)]) }
        #expect(throws: ConsentDomainError.self) { try ConsentLifecycle.fold(record.history + [record.history[0]]) }
        do {
            _ = try ConsentLifecycle.apply(.withdrawn(by: F.guardianA, at: t1), to: record)
            Issue.record("expected invalidHistory")
        } catch { #expect(error.code == .invalidHistory) }
    }
}
