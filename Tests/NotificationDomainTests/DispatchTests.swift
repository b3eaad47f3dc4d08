import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Send-time rule: ``NotificationDispatch`` composes the other rules in order.
@Suite struct DispatchTests {
    let dispatch = NotificationDispatch()

    func news(_ recipient: Recipient, at: Date) -> PlannedNotification {
        PlannedNotification(key: NotificationKey(sourceEventID: "evt", recipient: recipient.person, purpose: .coordinatorAssigned),
                            caseID: Fixture.caseID, recipient: recipient, timing: .asSoonAsAllowed(notBefore: at), sendAt: at,
                            subject: .caseNews(Fixture.caseID))
    }

    @Test func sendsTheTemplateInTheRecipientsLanguage() {
        let recipient = Fixture.recipient(Fixture.mother, .sms, .nn)
        let decision = dispatch.decide(news(recipient, at: oslo(2026, 6, 9, 10)), now: oslo(2026, 6, 9, 10), register: .found(Fixture.allowedFacts),
                                       subject: .notNeeded, addresses: Fixture.bothPhoneAndEmail)
        #expect(decision == .send(OutgoingMessage(key: news(recipient, at: oslo(2026, 6, 9, 10)).key, caseID: Fixture.caseID, channel: .sms, address: "+47 400 00 000",
                                                  language: .nn, message: NotificationTemplates.render(purpose: .coordinatorAssigned, language: .nn),
                                                  isFallback: false)))
    }

    @Test func smsOutsideTheWindowIsPostponed() {
        let late = oslo(2026, 6, 9, 20, 30)
        let decision = dispatch.decide(news(Fixture.recipient(), at: late), now: late, register: .found(Fixture.allowedFacts),
                                       subject: .notNeeded, addresses: Fixture.bothPhoneAndEmail)
        #expect(decision == .postpone(until: oslo(2026, 6, 10, 8)))
    }

    @Test func emailFallbackIgnoresTheSmsWindow() {
        let late = oslo(2026, 6, 9, 23)
        let decision = dispatch.decide(news(Fixture.recipient(), at: late), now: late, register: .found(Fixture.allowedFacts),
                                       subject: .notNeeded, addresses: ContactAddresses(phone: nil, email: "guardian@example.invalid"))
        guard case .send(let out) = decision else {
            Issue.record("expected an e-mail now, got \(decision)")
            return
        }
        #expect(out.channel == .email && out.isFallback)
    }

    @Test func familyWindowThatNeverOpensFallsBackToEmail() {
        let recipient = Fixture.recipient(window: (6 * 60, 7 * 60))
        let decision = dispatch.decide(news(recipient, at: oslo(2026, 6, 9, 12)), now: oslo(2026, 6, 9, 12), register: .found(Fixture.allowedFacts),
                                       subject: .notNeeded, addresses: Fixture.bothPhoneAndEmail)
        guard case .send(let out) = decision else {
            Issue.record("expected e-mail, got \(decision)")
            return
        }
        #expect(out.channel == .email)
    }

    @Test func reminderWithNoSlotLeftBeforeItsDeadlineIsDropped() {
        // Same-day reminder of an 08:15 meeting; the job runs at 20:10 the evening before (late):
        // the next SMS slot, 08:00, is after the last useful moment (07:45).
        let start = oslo(2026, 6, 9, 8, 15)
        let recipient = Fixture.recipient()
        let meetingID = MeetingID()
        let planned = PlannedNotification(
            key: NotificationKey(sourceEventID: "evt", recipient: recipient.person, purpose: .meetingReminderSameDay), caseID: Fixture.caseID,
            recipient: recipient, timing: ReminderPolicy.standard.meetingSameDay(startsAt: start), sendAt: oslo(2026, 6, 8, 19, 45),
            subject: .meeting(meetingID, startsAt: start))
        let decision = dispatch.decide(planned, now: oslo(2026, 6, 8, 20, 10), register: .found(Fixture.allowedFacts),
                                       subject: .meeting(.scheduled(startsAt: start)), addresses: ContactAddresses(phone: "40000000", email: nil))
        #expect(decision == .drop(.tooLate))
        // A few minutes after the planned 19:45 slot it still goes.
        let onTime = dispatch.decide(planned, now: oslo(2026, 6, 8, 19, 52), register: .found(Fixture.allowedFacts),
                                     subject: .meeting(.scheduled(startsAt: start)), addresses: ContactAddresses(phone: "40000000", email: nil))
        #expect({ if case .send = onTime { true } else { false } }())
    }

    @Test func mootIsCheckedBeforeAnythingElse() {
        let start = oslo(2026, 6, 10, 13)
        let recipient = Fixture.recipient()
        let planned = PlannedNotification(
            key: NotificationKey(sourceEventID: "evt", recipient: recipient.person, purpose: .meetingReminderDayBefore), caseID: Fixture.caseID,
            recipient: recipient, timing: ReminderPolicy.standard.meetingDayBefore(startsAt: start), sendAt: oslo(2026, 6, 9, 17),
            subject: .meeting(MeetingID(), startsAt: start))
        // Even with no address and no register answer, a cancelled meeting is simply dropped.
        #expect(dispatch.decide(planned, now: oslo(2026, 6, 9, 17), register: .unavailable, subject: .meeting(.cancelled), addresses: .none)
                == .drop(.moot(.meetingCancelled)))
    }
}
