import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Requests for the reasons for a decision (forvaltningsloven § 24 second paragraph, § 29 third
/// paragraph): an in-time request interrupts the requester's appeal deadline, so their
/// `appeal-deadline-approaching` reminders go; when the reasons are given a new reminder is
/// planned from the new deadline (three weeks from that Oslo day).
@Suite struct ReasonsRequestPlannerTests {
    let planner = NotificationPlanner()
    let decisionID = DecisionID()
    let givenAt = oslo(2026, 6, 8, 12)
    var caseList: CaseRecipients { Fixture.recipients([Fixture.recipient(Fixture.mother), Fixture.recipient(Fixture.father, .email, .en)]) }

    func requested(inTime: Bool, by person: PersonRef = Fixture.mother) -> TriggeringEvent {
        TriggeringEvent(id: "evt-requested", trigger: .reasonsRequested(KlageTrigger.ReasonsRequested(
            caseID: Fixture.caseID, decisionID: decisionID, requester: person, requestedAt: oslo(2026, 6, 1, 9), inTime: inTime)))
    }

    func given(inTime: Bool? = true, by person: PersonRef = Fixture.mother) -> TriggeringEvent {
        TriggeringEvent(id: "evt-given", trigger: .reasonsGiven(KlageTrigger.ReasonsGiven(
            caseID: Fixture.caseID, decisionID: decisionID, requester: person, givenAt: givenAt, inTime: inTime)))
    }

    /// The original reminder of `person`, planned from the decision event.
    func originalReminder(for person: PersonRef) -> PlannedNotification? {
        planner.planAppealDeadlineReminder(decisionEventID: "evt-dec", caseID: Fixture.caseID, decisionID: decisionID, outcome: .refused,
                                           recipient: Fixture.recipient(person), deadline: day(2026, 6, 22), now: oslo(2026, 6, 1, 8))
            .notifications.first
    }

    @Test func inTimeReasonsRequestCancelsOnlyTheRequestersAppealDeadlineReminders() throws {
        let plan = try planner.plan(requested(inTime: true), recipients: caseList, now: oslo(2026, 6, 1, 9))
        #expect(plan.notifications.isEmpty)
        #expect(plan.cancellations == [Cancellation(group: .appeal(decisionID), recipient: Fixture.mother)])
        let mothers = try #require(originalReminder(for: Fixture.mother))
        let fathers = try #require(originalReminder(for: Fixture.father))
        #expect(plan.cancellations[0].cancels(mothers))
        #expect(!plan.cancellations[0].cancels(fathers))
    }

    @Test func lateReasonsRequestCancelsNothing() throws {
        let plan = try planner.plan(requested(inTime: false), recipients: caseList, now: oslo(2026, 6, 1, 9))
        #expect(plan == .none)
    }

    @Test func reasonsGivenPlansTheRequestersReminderFromTheNewDeadline() throws {
        let plan = try planner.plan(given(), recipients: caseList, now: givenAt)
        let reminder = try #require(plan.notifications.first)
        #expect(plan.notifications.count == 1)
        #expect(reminder.purpose == .appealDeadlineApproaching)
        #expect(reminder.recipient == Fixture.recipient(Fixture.mother))
        // Given Monday 8 June 2026 → new deadline Monday 29 June (three weeks, LegalDeadline).
        #expect(reminder.subject == .appealDeadline(decisionID, deadline: day(2026, 6, 29)))
        #expect(reminder.subject == .appealDeadline(decisionID, deadline: LegalDeadline.weeks(3, from: day(2026, 6, 8))))
        #expect(reminder.cancellationGroup == .appeal(decisionID))
        #expect(reminder.timing.latest == oslo(2026, 6, 30, 0))
    }

    @Test func newReminderIsKeyedByTheReasonsGivenEventNotTheDecision() throws {
        let plan = try planner.plan(given(), recipients: caseList, now: givenAt)
        let reminder = try #require(plan.notifications.first)
        let original = try #require(originalReminder(for: Fixture.mother))
        #expect(reminder.uniqueKey == "evt-given:01018000001:appeal-deadline-approaching")
        #expect(reminder.key != original.key)
        // Its own cancellation (other queued reminders of the requester) spares it, and only it.
        #expect(plan.cancellations == [Cancellation(group: .appeal(decisionID), exceptSourceEventID: "evt-given", recipient: Fixture.mother)])
        #expect(!plan.cancellations[0].cancels(reminder))
        #expect(plan.cancellations[0].cancels(original))
    }

    @Test func reasonsGivenAfterALateRequestPlansNothing() throws {
        #expect(try planner.plan(given(inTime: false), recipients: caseList, now: givenAt) == .none)
    }

    @Test func reasonsGivenToSomeoneOffTheCaseListUsesTheDefaultContact() throws {
        let young = PersonRef(nationalIdentityNumber: "01010400004")
        let plan = try planner.plan(given(by: young), recipients: caseList, now: givenAt)
        #expect(plan.notifications.map(\.recipient) == [Recipient(person: young, contact: GrantorContact.defaultPreference)])
    }

    @Test func anAppealFiledLaterCancelsTheNewReminder() throws {
        let reminder = try #require(try planner.plan(given(), recipients: caseList, now: givenAt).notifications.first)
        let filed = KlageTrigger.AppealFiled(caseID: Fixture.caseID, appealID: AppealID(), decisionID: decisionID, appellant: Fixture.mother,
                                             appellantRole: "guardian", filedAt: oslo(2026, 6, 20, 9))
        let plan = try planner.plan(TriggeringEvent(id: "evt-appeal", trigger: .appealFiled(filed)), recipients: caseList, now: oslo(2026, 6, 20, 9))
        #expect(plan.cancellations.contains { $0.cancels(reminder) })
    }

    @Test func appealReminderIsMootWhileAwaitingReasons() throws {
        let reminder = try #require(originalReminder(for: Fixture.mother))
        #expect(MootCheck.verdict(for: reminder, facts: .appeal(.awaitingReasons), now: oslo(2026, 6, 10, 9)) == .moot(.awaitingReasons))
    }

    @Test func reasonsEventsDecodeWithOnlyTheFieldsNotificationUses() throws {
        func cloudEvent(_ type: EventType, _ payload: [String: Any]) throws -> CloudEvent {
            CloudEvent(id: "evt-9", source: "/inngang/test", type: type.ceType, time: Date(), data: Array(try JSONSerialization.data(withJSONObject: payload)))
        }
        let common: [String: Any] = [
            "caseID": Fixture.caseID.description, "decisionID": decisionID.description, "service": "ppt",
            "requester": ["nationalIdentityNumber": "01018000001"], "reasonRequestID": UUID().uuidString.lowercased(),
        ]
        let at = RFC3339.string(from: givenAt)
        let requestedEvent = try cloudEvent(.klageReasonsRequested, common.merging(["requestedAt": at, "inTime": true]) { a, _ in a })
        #expect(try TriggeringEvent.decode(requestedEvent)?.trigger == .reasonsRequested(KlageTrigger.ReasonsRequested(
            caseID: Fixture.caseID, decisionID: decisionID, requester: Fixture.mother, requestedAt: givenAt, inTime: true)))
        let givenEvent = try cloudEvent(.klageReasonsGiven, common.merging(["givenAt": at]) { a, _ in a })
        let decoded = try TriggeringEvent.decode(givenEvent)?.trigger
        #expect(decoded == .reasonsGiven(KlageTrigger.ReasonsGiven(
            caseID: Fixture.caseID, decisionID: decisionID, requester: Fixture.mother, givenAt: givenAt, inTime: nil)))
        guard case .reasonsGiven(let g)? = decoded else { return }
        #expect(g.startsNewDeadline)
    }
}
