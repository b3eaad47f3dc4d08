import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Moot reminder rule: ``MootCheck``.
@Suite struct MootTests {
    let meetingID = MeetingID()
    let start = oslo(2026, 6, 10, 13)
    let now = oslo(2026, 6, 9, 17)

    func planned(_ subject: NotificationSubject, _ purpose: NotificationPurpose = .meetingReminderDayBefore,
                 latest: Date = oslo(2026, 6, 10, 12, 30)) -> PlannedNotification {
        let r = Fixture.recipient()
        return PlannedNotification(key: NotificationKey(sourceEventID: "evt", recipient: r.person, purpose: purpose), caseID: Fixture.caseID,
                                   recipient: r, timing: .beforeDeadline(nominal: now, latest: latest), sendAt: now, subject: subject)
    }

    @Test func unknownFactsDoNotSend() {
        let reminder = planned(.meeting(meetingID, startsAt: start))
        #expect(MootCheck.verdict(for: reminder, facts: .unavailable, now: now) == .unknown)
        #expect(MootCheck.isMoot(reminder, .unavailable, now: now))
        // Facts about something else are no facts about this meeting.
        #expect(MootCheck.verdict(for: reminder, facts: .task(.open(dueDate: day(2026, 6, 10))), now: now) == .unknown)
        #expect(MootCheck.verdict(for: reminder, facts: .notNeeded, now: now) == .unknown)
        // Dispatch drops it (not sent, not retried).
        let decision = NotificationDispatch().decide(reminder, now: now, register: .found(Fixture.allowedFacts), subject: .unavailable,
                                                     addresses: Fixture.bothPhoneAndEmail)
        #expect(decision == .drop(.factsUnavailable))
    }

    @Test func unchangedFactsKeepTheReminder() {
        #expect(MootCheck.verdict(for: planned(.meeting(meetingID, startsAt: start)), facts: .meeting(.scheduled(startsAt: start)), now: now) == .relevant)
        #expect(!MootCheck.isMoot(planned(.meeting(meetingID, startsAt: start)), .meeting(.scheduled(startsAt: start)), now: now))
    }

    @Test func cancelledOrMovedMeetingIsMoot() {
        let reminder = planned(.meeting(meetingID, startsAt: start))
        #expect(MootCheck.verdict(for: reminder, facts: .meeting(.cancelled), now: now) == .moot(.meetingCancelled))
        #expect(MootCheck.verdict(for: reminder, facts: .meeting(.scheduled(startsAt: oslo(2026, 6, 11, 13))), now: now) == .moot(.meetingMoved))
    }

    @Test func receivedDocumentationIsMoot() {
        let reminder = planned(.task(TaskID(), dueDate: day(2026, 6, 12)), .documentationDueSoon)
        #expect(MootCheck.verdict(for: reminder, facts: .task(.received), now: now) == .moot(.documentationReceived))
        #expect(MootCheck.verdict(for: reminder, facts: .task(.open(dueDate: day(2026, 6, 19))), now: now) == .moot(.dueDateChanged))
        #expect(MootCheck.verdict(for: reminder, facts: .task(.open(dueDate: day(2026, 6, 12))), now: now) == .relevant)
    }

    /// Decision closes the documentation request: once the service decided, a reminder of
    /// documentation it asked for earlier is moot — and never sent (fail closed otherwise).
    @Test func aDecisionAfterTheRequestMakesTheDocumentationReminderMoot() {
        let reminder = planned(.task(TaskID(), dueDate: day(2026, 6, 12)), .documentationDueSoon)
        #expect(MootCheck.verdict(for: reminder, facts: .task(.closedByDecision), now: now) == .moot(.decidedWithoutDocumentation))
        #expect(MootCheck.isMoot(reminder, .task(.closedByDecision), now: now))
        let dispatch = NotificationDispatch().decide(reminder, now: now, register: .found(Fixture.allowedFacts), subject: .task(.closedByDecision),
                                                     addresses: Fixture.bothPhoneAndEmail)
        #expect(dispatch == .drop(.moot(.decidedWithoutDocumentation)))
    }

    @Test func filedAppealIsMoot() {
        let reminder = planned(.appealDeadline(DecisionID(), deadline: day(2026, 7, 2)), .appealDeadlineApproaching)
        #expect(MootCheck.verdict(for: reminder, facts: .appeal(.filed), now: now) == .moot(.appealFiled))
        #expect(MootCheck.verdict(for: reminder, facts: .appeal(.open(deadline: day(2026, 7, 9))), now: now) == .moot(.appealDeadlineChanged))
        #expect(MootCheck.verdict(for: reminder, facts: .appeal(.open(deadline: day(2026, 7, 2))), now: now) == .relevant)
    }

    @Test func reminderPastItsLastUsefulMomentIsMoot() {
        let reminder = planned(.meeting(meetingID, startsAt: start))
        #expect(MootCheck.verdict(for: reminder, facts: .meeting(.scheduled(startsAt: start)), now: oslo(2026, 6, 10, 12, 45)) == .moot(.tooLate))
    }

    @Test func newsIsNeverMootAndNeedsNoFacts() {
        let r = Fixture.recipient()
        let receipt = PlannedNotification(key: NotificationKey(sourceEventID: "evt", recipient: r.person, purpose: .receipt), caseID: Fixture.caseID,
                                          recipient: r, timing: .asSoonAsAllowed(notBefore: now), sendAt: now, subject: .caseNews(Fixture.caseID))
        #expect(MootCheck.verdict(for: receipt, facts: .unavailable, now: oslo(2027, 1, 1, 12)) == .relevant)
    }
}
