import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Planning rules for the consent and klage events (``NotificationPlanner``, ``GrantorContact``)
/// and the moot rule for consent messages (``MootCheck``).
@Suite struct ConsentAndAppealPlannerTests {
    let planner = NotificationPlanner()
    let consentID = ConsentID()
    let now = oslo(2026, 6, 10, 12)
    /// A guardian who asked for consent but is not on the case's recipient list.
    let stepfather = PersonRef(nationalIdentityNumber: "01017900003")

    func event(_ trigger: TriggeringEvent.Trigger, id: String = "evt-1") -> TriggeringEvent { TriggeringEvent(id: id, trigger: trigger) }

    func requested(caseID: CaseID? = Fixture.caseID, grantors: [PersonRef]) -> TriggeringEvent {
        event(.consentRequested(ConsentTrigger.Requested(
            consentID: consentID, caseID: caseID, child: Fixture.child,
            grantors: grantors.map { ConsentTrigger.Grantor(person: $0, role: "guardian") }, requestedAt: now)), id: "evt-requested")
    }

    func given(validUntil: LocalDate, caseID: CaseID? = Fixture.caseID) -> TriggeringEvent {
        event(.consentGiven(ConsentTrigger.Given(consentID: consentID, caseID: caseID, child: Fixture.child,
                                                  grantors: [Fixture.mother, Fixture.father], validUntil: validUntil)), id: "evt-given")
    }

    /// Mother prefers SMS/nb, father e-mail/en on the case.
    var caseList: CaseRecipients { Fixture.recipients([Fixture.recipient(Fixture.mother), Fixture.recipient(Fixture.father, .email, .en)]) }

    // MARK: Consent requested

    @Test func consentRequestGoesToEachGrantorWithTheCasePreferenceElseSMSInBokmal() throws {
        let plan = try planner.plan(requested(grantors: [Fixture.father, stepfather]), recipients: caseList, now: now)
        #expect(plan.notifications.map(\.recipient.person) == [Fixture.father, stepfather])
        #expect(plan.notifications.map(\.recipient.contact) == [
            ContactPreference(preferredChannel: .email, language: .en), ContactPreference(preferredChannel: .sms, language: .nb),
        ])
        #expect(plan.notifications.allSatisfy { $0.purpose == .consentRequested && $0.sendAt == now && $0.caseID == Fixture.caseID })
        #expect(plan.notifications.allSatisfy { $0.cancellationGroup == .consent(consentID) })
    }

    /// Recipient safety for a grantor who is not a case recipient: the subject names the
    /// consent's child, whom the send-time register lookup is made against.
    @Test func consentMessagesNameTheConsentsChildForTheRegisterLookup() throws {
        let plan = try planner.plan(requested(grantors: [stepfather]), recipients: caseList, now: now)
        let message = try #require(plan.notifications.first)
        #expect(message.subject == .consentRequest(consentID, child: Fixture.child))
        #expect(message.subject.child == Fixture.child)
        #expect(NotificationSubject.caseNews(Fixture.caseID).child == nil)
    }

    @Test func consentWithoutACaseIsFiledUnderItsOwnIDAndNeedsNoRecipientList() throws {
        let trigger = requested(caseID: nil, grantors: [Fixture.mother])
        #expect(!trigger.trigger.needsCaseRecipients)
        let plan = try planner.plan(trigger, recipients: nil, now: now)
        let message = try #require(plan.notifications.first)
        #expect(message.caseID == CaseID(consentID.rawValue) && message.recipient.contact == GrantorContact.defaultPreference)
    }

    @Test func consentOfAKnownCaseWaitsForTheRecipientList() throws {
        let trigger = requested(grantors: [Fixture.mother])
        #expect(trigger.trigger.needsCaseRecipients)
        let error = try #require(throws: NotificationDomainError.self) { try planner.plan(trigger, recipients: nil, now: now) }
        #expect(error.code == .recipientsUnknown && error.isRetriable)
    }

    // MARK: Consent given / expiring

    @Test func consentExpiringIsRemindedFourteenDaysBeforeItsEndAtTen() throws {
        let plan = try planner.plan(given(validUntil: day(2026, 12, 31)), recipients: caseList, now: now)
        #expect(plan.notifications.count == 2)
        for message in plan.notifications {
            #expect(message.purpose == .consentExpiring && message.sendAt == oslo(2026, 12, 17, 10), "\(osloText(message.sendAt))")
            #expect(message.timing == .beforeDeadline(nominal: oslo(2026, 12, 17, 10), latest: oslo(2027, 1, 1, 0)))
            #expect(message.subject == .consentExpiry(consentID, child: Fixture.child, validUntil: day(2026, 12, 31)))
            #expect(message.cancellationGroup == .consent(consentID))
        }
    }

    @Test func consentGivenShortlyBeforeItsEndIsRemindedAtOnceAndAfterItsEndNotAtAll() throws {
        let soon = try planner.plan(given(validUntil: day(2026, 6, 15)), recipients: caseList, now: now)
        #expect(soon.notifications.map(\.sendAt) == [now, now])
        let over = try planner.plan(given(validUntil: day(2026, 6, 9)), recipients: caseList, now: now)
        #expect(over.notifications.isEmpty && over.skipped.map(\.reason) == [.eventInPast, .eventInPast])
    }

    // MARK: Consent withdrawn / ended

    @Test func withdrawalIsConfirmedToEveryGrantorAndCancelsTheConsentsMessages() throws {
        let withdrawn = event(.consentWithdrawn(ConsentTrigger.Withdrawn(
            consentID: consentID, caseID: Fixture.caseID, child: Fixture.child, grantors: [Fixture.mother, stepfather], withdrawnAt: now)),
            id: "evt-withdrawn")
        let plan = try planner.plan(withdrawn, recipients: caseList, now: now)
        #expect(plan.notifications.map(\.recipient.person) == [Fixture.mother, stepfather])
        #expect(plan.notifications.allSatisfy { $0.purpose == .consentWithdrawn && $0.cancellationGroup == nil })
        #expect(plan.cancellations == [Cancellation(group: .consent(consentID))])
        let reminders = try planner.plan(given(validUntil: day(2026, 12, 31)), recipients: caseList, now: now)
        #expect(reminders.notifications.allSatisfy { plan.cancellations[0].cancels($0) })
        #expect(!plan.notifications.contains { plan.cancellations[0].cancels($0) })
    }

    @Test func refusalRevocationOrExpiryCancelsTheConsentsMessages() throws {
        let ended = event(.consentEnded(ConsentTrigger.Ended(consentID: consentID, caseID: Fixture.caseID)))
        let plan = try planner.plan(ended, recipients: nil, now: now)
        #expect(plan.notifications.isEmpty && plan.cancellations == [Cancellation(group: .consent(consentID))])
        let request = try planner.plan(requested(grantors: [Fixture.mother]), recipients: caseList, now: now)
        #expect(request.notifications.allSatisfy { plan.cancellations[0].cancels($0) })
    }

    // MARK: Moot consent messages (fail closed)

    @Test func consentExpiryReminderGoesOnlyWhileTheConsentIsInForceUntilTheSameDay() throws {
        let reminder = try #require(try planner.plan(given(validUntil: day(2026, 12, 31)), recipients: caseList, now: now).notifications.first)
        let at = oslo(2026, 12, 17, 10)
        #expect(MootCheck.verdict(for: reminder, facts: .consent(.inForce(validUntil: day(2026, 12, 31))), now: at) == .relevant)
        #expect(MootCheck.verdict(for: reminder, facts: .consent(.inForce(validUntil: day(2027, 6, 30))), now: at) == .moot(.consentValidityChanged))
        #expect(MootCheck.verdict(for: reminder, facts: .consent(.ended), now: at) == .moot(.consentEnded))
        #expect(MootCheck.verdict(for: reminder, facts: .unavailable, now: at) == .unknown)
        #expect(MootCheck.verdict(for: reminder, facts: .consent(.requested), now: at) == .unknown)
    }

    @Test func consentRequestIsMootOnceAnsweredByAllOrEnded() throws {
        let request = try #require(try planner.plan(requested(grantors: [Fixture.mother]), recipients: caseList, now: now).notifications.first)
        #expect(MootCheck.verdict(for: request, facts: .consent(.requested), now: now) == .relevant)
        #expect(MootCheck.verdict(for: request, facts: .consent(.inForce(validUntil: day(2026, 12, 31))), now: now) == .moot(.consentAnswered))
        #expect(MootCheck.verdict(for: request, facts: .consent(.ended), now: now) == .moot(.consentEnded))
    }

    // MARK: Appeals

    func filed(role: String, appellant: PersonRef = Fixture.mother, decisionID: DecisionID = DecisionID()) -> TriggeringEvent {
        event(.appealFiled(KlageTrigger.AppealFiled(caseID: Fixture.caseID, appealID: AppealID(), decisionID: decisionID,
                                                    appellant: appellant, appellantRole: role, filedAt: now)), id: "evt-filed")
    }

    @Test func appealReceivedGoesToTheCaseRecipientsAndCancelsTheDeadlineReminders() throws {
        let decisionID = DecisionID()
        let plan = try planner.plan(filed(role: "guardian", decisionID: decisionID), recipients: caseList, now: now)
        #expect(plan.notifications.map(\.recipient.person) == [Fixture.mother, Fixture.father])
        #expect(plan.notifications.allSatisfy { $0.purpose == .appealReceived && $0.sendAt == now && $0.subject == .caseNews(Fixture.caseID) })
        #expect(plan.cancellations == [Cancellation(group: .appeal(decisionID))])
    }

    @Test func appealByTheYoungPersonIsAcknowledgedOnlyToThem() throws {
        let young = PersonRef(nationalIdentityNumber: "01010400004")
        let plan = try planner.plan(filed(role: "young-person", appellant: young), recipients: caseList, now: now)
        #expect(plan.notifications.map(\.recipient) == [Recipient(person: young, contact: GrantorContact.defaultPreference)])
        let onList = try planner.plan(filed(role: "young-person", appellant: Fixture.father), recipients: caseList, now: now)
        #expect(onList.notifications.map(\.recipient) == [Fixture.recipient(Fixture.father, .email, .en)])
    }

    @Test func laterAppealStepsTellTheCaseRecipients() throws {
        let step = KlageTrigger.AppealStep(caseID: Fixture.caseID, appealID: AppealID(), at: now)
        let cases: [(TriggeringEvent.Trigger, NotificationPurpose)] = [
            (.appealCompletionRequested(step), .appealCompletionRequested), (.appealForwarded(step), .appealForwarded),
            (.appealInterimReply(step), .appealInterimReply),
        ]
        for (trigger, purpose) in cases {
            let plan = try planner.plan(event(trigger), recipients: caseList, now: now)
            #expect(plan.notifications.map(\.purpose) == [purpose, purpose])
            #expect(plan.notifications.map(\.recipient.person) == [Fixture.mother, Fixture.father])
            #expect(plan.cancellations.isEmpty)
        }
    }

    @Test func appealDecidedWithANewDecisionIsThatDecisionsNotice() throws {
        let newDecision = DecisionID()
        func decided(_ result: String, scope: String?, outcome: DecisionOutcome?) -> TriggeringEvent {
            event(.appealDecided(KlageTrigger.AppealDecided(
                caseID: Fixture.caseID, appealID: AppealID(), decisionID: DecisionID(), result: result, scope: scope,
                newDecisionID: newDecision, newDecisionOutcome: outcome, decidedAt: now)))
        }
        let reversed = try planner.plan(decided("reversed", scope: "partial", outcome: .partlyGranted), recipients: caseList, now: now)
        #expect(reversed.notifications.map(\.purpose) == [.appealDecided, .appealDecided])
        #expect(reversed.notifications.allSatisfy { $0.subject == .decision(newDecision, outcome: .partlyGranted) })
        let fromScope = try planner.plan(decided("reversed", scope: "full", outcome: nil), recipients: caseList, now: now)
        #expect(fromScope.notifications.allSatisfy { $0.subject == .decision(newDecision, outcome: .granted) })
        let rejected = try planner.plan(decided("rejected", scope: nil, outcome: .dismissed), recipients: caseList, now: now)
        #expect(rejected.notifications.allSatisfy { $0.subject == .decision(newDecision, outcome: .dismissed) })
        let upheld = try planner.plan(decided("upheld", scope: nil, outcome: nil), recipients: caseList, now: now)
        #expect(upheld.notifications.allSatisfy { $0.purpose == .appealDecided && $0.subject == .caseNews(Fixture.caseID) })
    }
}
