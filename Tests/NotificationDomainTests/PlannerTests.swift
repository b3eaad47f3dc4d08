import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Planning rule, uniqueness rule and cancellation by group: ``NotificationPlanner``.
@Suite struct PlannerTests {
    let planner = NotificationPlanner()
    let meetingID = MeetingID()

    func caseReceived(_ recipients: [Recipient]) -> TriggeringEvent {
        TriggeringEvent(id: "evt-received", trigger: .caseReceived(CaseReceivedV1(
            caseID: Fixture.caseID, caseNumber: "INN-2026-000123", municipality: "0301", kind: .application,
            child: Fixture.child, recipients: recipients, needCategories: ["speech"], interpreterNeeded: false,
            receivedAt: oslo(2026, 6, 9, 10))))
    }

    @Test func receiptGoesOnceToEveryGuardianOfTheCase() throws {
        let mother = Fixture.recipient(Fixture.mother), father = Fixture.recipient(Fixture.father, .email)
        let plan = try planner.plan(caseReceived([mother, father, mother]), recipients: nil, now: oslo(2026, 6, 9, 10))
        #expect(plan.notifications.map(\.recipient.person) == [Fixture.mother, Fixture.father])
        #expect(plan.notifications.allSatisfy { $0.purpose == .receipt && $0.sendAt == oslo(2026, 6, 9, 10) && $0.subject == .caseNews(Fixture.caseID) })
        #expect(plan.cancellations.isEmpty)
    }

    @Test func sameEventRecipientPurposeHasOneKey() throws {
        let event = caseReceived([Fixture.recipient(Fixture.mother), Fixture.recipient(Fixture.father)])
        let first = try planner.plan(event, recipients: nil, now: oslo(2026, 6, 9, 10))
        let replay = try planner.plan(event, recipients: nil, now: oslo(2026, 6, 11, 15))  // redelivered days later
        #expect(first.notifications.map(\.uniqueKey) == replay.notifications.map(\.uniqueKey))
        let key = try #require(first.notifications.first?.key)
        #expect(key.rawValue == "evt-received:01018000001:receipt")
        #expect(NotificationKey(rawValue: key.rawValue) == key)
        #expect(NotificationKey(rawValue: "urn:x:evt:01018000001:decision-made")?.sourceEventID == "urn:x:evt")
        #expect(NotificationKey(rawValue: "evt:01018000001:no-such-purpose") == nil)
        #expect(!key.description.contains("01018000001"), "the description must not print the national id")

        // Distinct recipients and purposes give distinct keys; the channel is not part of the key.
        let meeting = try planner.plan(.meeting(meetingID: meetingID, startsAt: oslo(2026, 6, 10, 13), reportedAt: oslo(2026, 6, 1, 9)),
                                       recipients: Fixture.recipients(), now: oslo(2026, 6, 1, 9))
        let keys = (first.notifications + meeting.notifications).map(\.uniqueKey)
        #expect(Set(keys).count == keys.count)
        #expect(meeting.notifications.count == 4)
    }

    @Test func meetingRemindersGoTheDayBeforeAndOnTheDay() throws {
        // Wednesday 2026-06-10 13:00.
        let plan = try planner.plan(.meeting(meetingID: meetingID, startsAt: oslo(2026, 6, 10, 13), reportedAt: oslo(2026, 6, 1, 9)),
                                    recipients: Fixture.recipients([Fixture.recipient()]), now: oslo(2026, 6, 1, 9))
        let times = Dictionary(uniqueKeysWithValues: plan.notifications.map { ($0.purpose, $0.sendAt) })
        #expect(times[.meetingReminderDayBefore] == oslo(2026, 6, 9, 17))
        #expect(times[.meetingReminderSameDay] == oslo(2026, 6, 10, 11))
        #expect(plan.notifications.allSatisfy { $0.cancellationGroup == .meeting(meetingID) })
    }

    @Test func earlyMeetingGetsOneReminderTheEveningBefore() throws {
        // 08:15 meeting: the same-day reminder (06:15) moves back to the evening before, where the
        // day-before reminder (17:00) already goes → only the day-before reminder is planned.
        let event = TriggeringEvent.meeting(meetingID: meetingID, startsAt: oslo(2026, 6, 9, 8, 15), reportedAt: oslo(2026, 6, 1, 9))
        let plan = try planner.plan(event, recipients: Fixture.recipients([Fixture.recipient()]), now: oslo(2026, 6, 1, 9))
        #expect(plan.notifications.map(\.purpose) == [.meetingReminderDayBefore])
        #expect(plan.notifications.first?.sendAt == oslo(2026, 6, 8, 17))
        #expect(plan.skipped.map(\.reason) == [.coveredByOtherReminderThatDay])
        #expect(plan.skipped.first?.key.purpose == .meetingReminderSameDay)

        // Configured to send both: the same-day reminder moves earlier, to 19:45 the evening before.
        let both = NotificationPlanner(reminders: ReminderPolicy(oneMeetingReminderPerDay: false))
        let all = try both.plan(event, recipients: Fixture.recipients([Fixture.recipient()]), now: oslo(2026, 6, 1, 9))
        #expect(all.notifications.first { $0.purpose == .meetingReminderSameDay }?.sendAt == oslo(2026, 6, 8, 19, 45))

        // By e-mail (no window) the same-day reminder stays on the day, at 06:15.
        let email = try planner.plan(event, recipients: Fixture.recipients([Fixture.recipient(Fixture.mother, .email)]), now: oslo(2026, 6, 1, 9))
        #expect(email.notifications.first { $0.purpose == .meetingReminderSameDay }?.sendAt == oslo(2026, 6, 9, 6, 15))
    }

    @Test func meetingScheduledLateSendsOneReminderOnTheDay() throws {
        // Scheduled Monday 21:00 for Tuesday 10:00: both reminders would go Tuesday 08:00 → one.
        let event = TriggeringEvent.meeting(meetingID: meetingID, startsAt: oslo(2026, 6, 9, 10), reportedAt: oslo(2026, 6, 8, 21))
        let plan = try planner.plan(event, recipients: Fixture.recipients([Fixture.recipient()]), now: oslo(2026, 6, 8, 21))
        #expect(plan.notifications.map(\.purpose) == [.meetingReminderSameDay])
        #expect(plan.notifications.first?.sendAt == oslo(2026, 6, 9, 8))
    }

    @Test func meetingInThePastPlansNothing() throws {
        let event = TriggeringEvent.meeting(meetingID: meetingID, startsAt: oslo(2026, 6, 9, 10), reportedAt: oslo(2026, 6, 9, 11))
        let plan = try planner.plan(event, recipients: Fixture.recipients([Fixture.recipient()]), now: oslo(2026, 6, 9, 11))
        #expect(plan.notifications.isEmpty)
        #expect(plan.skipped.map(\.reason) == [.eventInPast, .eventInPast])
    }

    @Test func movedMeetingCancelsEarlierReminders() throws {
        let list = Fixture.recipients()
        let original = try planner.plan(.meeting("evt-a", meetingID: meetingID, startsAt: oslo(2026, 6, 10, 13), reportedAt: oslo(2026, 6, 1, 9)),
                                        recipients: list, now: oslo(2026, 6, 1, 9))
        let moved = try planner.plan(.meeting("evt-b", meetingID: meetingID, startsAt: oslo(2026, 6, 12, 9), reportedAt: oslo(2026, 6, 2, 9)),
                                     recipients: list, now: oslo(2026, 6, 2, 9))
        let cancellation = try #require(moved.cancellations.first)
        #expect(moved.cancellations == [Cancellation(group: .meeting(meetingID), exceptSourceEventID: "evt-b")])
        #expect(original.notifications.count == 4)
        #expect(original.notifications.allSatisfy { cancellation.cancels($0) })
        #expect(!moved.notifications.contains { cancellation.cancels($0) })
        // And the send-time safety net agrees: the old reminders are moot.
        let facts = SubjectFacts.meeting(.scheduled(startsAt: oslo(2026, 6, 12, 9)))
        #expect(original.notifications.allSatisfy { MootCheck.verdict(for: $0, facts: facts, now: oslo(2026, 6, 9, 17)) == .moot(.meetingMoved) })
    }

    @Test func cancelledMeetingCancelsAllItsReminders() throws {
        let planned = try planner.plan(.meeting(meetingID: meetingID, startsAt: oslo(2026, 6, 10, 13), reportedAt: oslo(2026, 6, 1, 9)),
                                       recipients: Fixture.recipients(), now: oslo(2026, 6, 1, 9))
        let cancelled = TriggeringEvent(id: "evt-c", trigger: .meetingCancelled(MeetingCancelledV1(
            caseID: Fixture.caseID, service: "ppt", meetingID: meetingID, reportedAt: oslo(2026, 6, 3, 9))))
        let plan = try planner.plan(cancelled, recipients: nil, now: oslo(2026, 6, 3, 9))
        #expect(plan.notifications.isEmpty)
        #expect(plan.cancellations == [Cancellation(group: .meeting(meetingID))])
        #expect(planned.notifications.allSatisfy { plan.cancellations[0].cancels($0) })
        #expect(CancellationGroup.meeting(meetingID).rawValue == "meeting:\(meetingID)")
    }

    @Test func documentationDueSoonIsRemindedThreeWorkingDaysBefore() throws {
        // Due Tuesday 2026-05-19; Ascension Day (Thursday 14 May) is not a working day:
        // 18 (1), 15 (2), 13 May (3) → Wednesday 2026-05-13 10:00.
        let taskID = TaskID()
        let event = TriggeringEvent(id: "evt-doc", trigger: .documentationRequested(DocumentationRequestedV1(
            caseID: Fixture.caseID, service: "ppt", taskID: taskID, documentCode: "school-report",
            dueDate: day(2026, 5, 19), reportedBy: "emp-1", reportedAt: oslo(2026, 5, 4, 9))))
        let plan = try planner.plan(event, recipients: Fixture.recipients([Fixture.recipient()]), now: oslo(2026, 5, 4, 9))
        #expect(plan.notifications.map(\.purpose) == [.documentationDueSoon])
        #expect(plan.notifications.first?.sendAt == oslo(2026, 5, 13, 10), "\(osloText(plan.notifications.first?.sendAt))")
        #expect(plan.notifications.first?.cancellationGroup == .task(taskID))
        #expect(plan.cancellations == [Cancellation(group: .task(taskID), exceptSourceEventID: "evt-doc")])

        // Requested with only two days to go: reminded at once (inside the window).
        let late = try planner.plan(event, recipients: Fixture.recipients([Fixture.recipient()]), now: oslo(2026, 5, 15, 12))
        #expect(late.notifications.first?.sendAt == oslo(2026, 5, 15, 12))
        // After the due date: nothing.
        let past = try planner.plan(event, recipients: Fixture.recipients([Fixture.recipient()]), now: oslo(2026, 5, 20, 9))
        #expect(past.notifications.isEmpty && past.skipped.map(\.reason) == [.eventInPast])
    }

    @Test func documentationReceivedCancelsTheTaskReminder() throws {
        let taskID = TaskID()
        let event = TriggeringEvent(id: "evt-got", trigger: .documentationReceived(DocumentationReceivedV1(
            caseID: Fixture.caseID, service: "ppt", taskID: taskID, receivedAt: oslo(2026, 5, 10, 9))))
        #expect(try planner.plan(event, recipients: nil, now: oslo(2026, 5, 10, 9)) == NotificationPlan(cancellations: [Cancellation(group: .task(taskID))]))
    }

    @Test func decisionIsAnnouncedAtOnceWhateverTheOutcome() throws {
        for outcome in DecisionOutcome.allCases {
            let decisionID = DecisionID()
            let event = TriggeringEvent(id: "evt-dec-\(outcome.rawValue)", trigger: .decisionMade(DecisionMadeV1(
                caseID: Fixture.caseID, service: "barnevern", decisionID: decisionID, outcome: outcome,
                decisionDate: day(2026, 6, 9), reportedBy: "emp-1", reportedAt: oslo(2026, 6, 9, 21))))
            let plan = try planner.plan(event, recipients: Fixture.recipients(), now: oslo(2026, 6, 9, 21))
            #expect(plan.notifications.map(\.purpose) == [.decisionMade, .decisionMade])
            // SMS after 20:00 waits for 08:00; e-mail goes at once.
            #expect(plan.notifications.map(\.sendAt) == [oslo(2026, 6, 10, 8), oslo(2026, 6, 9, 21)])
            #expect(plan.notifications.allSatisfy { $0.subject == .decision(decisionID, outcome: outcome) })
        }
    }

    @Test func appealDeadlineReminderFiveDaysBeforeTheDeadline() {
        let decisionID = DecisionID()
        // Deadline Thursday 2026-07-02 → reminder Saturday 2026-06-27 10:00 (weekend window opens at 10).
        let plan = planner.planAppealDeadlineReminder(decisionEventID: "evt-dec", caseID: Fixture.caseID, decisionID: decisionID,
                                                      outcome: .refused, recipient: Fixture.recipient(), deadline: day(2026, 7, 2),
                                                      now: oslo(2026, 6, 11, 9))
        let planned = plan.notifications.first
        #expect(plan.notifications.count == 1)
        #expect(planned?.uniqueKey == "evt-dec:01018000001:appeal-deadline-approaching")
        #expect(planned?.sendAt == oslo(2026, 6, 27, 10))
        #expect(planned?.cancellationGroup == .appeal(decisionID))
        #expect(planned?.timing.latest == oslo(2026, 7, 3, 0))

        let granted = planner.planAppealDeadlineReminder(decisionEventID: "evt-dec", caseID: Fixture.caseID, decisionID: decisionID,
                                                         outcome: .granted, recipient: Fixture.recipient(), deadline: day(2026, 7, 2),
                                                         now: oslo(2026, 6, 11, 9))
        #expect(granted.notifications.isEmpty && granted.skipped.map(\.reason) == [.notAppealable])
    }

    @Test func appealFiledCancelsTheDecisionsAppealReminders() throws {
        let decisionID = DecisionID()
        let reminder = planner.planAppealDeadlineReminder(decisionEventID: "evt-dec", caseID: Fixture.caseID, decisionID: decisionID,
                                                          outcome: .partlyGranted, recipient: Fixture.recipient(), deadline: day(2026, 7, 2),
                                                          now: oslo(2026, 6, 11, 9))
        let filed = KlageTrigger.AppealFiled(caseID: Fixture.caseID, appealID: AppealID(), decisionID: decisionID, appellant: Fixture.mother,
                                             appellantRole: "guardian", filedAt: oslo(2026, 6, 20, 9))
        let plan = try planner.plan(TriggeringEvent(id: "evt-appeal", trigger: .appealFiled(filed)),
                                    recipients: Fixture.recipients(), now: oslo(2026, 6, 20, 9))
        #expect(plan.cancellations == [Cancellation(group: .appeal(decisionID))])
        #expect(reminder.notifications.allSatisfy { plan.cancellations[0].cancels($0) })
    }

    @Test func unknownRecipientListIsARetriableError() throws {
        let event = TriggeringEvent.meeting(meetingID: meetingID, startsAt: oslo(2026, 6, 10, 13), reportedAt: oslo(2026, 6, 1, 9))
        let error = try #require(throws: NotificationDomainError.self) { try planner.plan(event, recipients: nil, now: oslo(2026, 6, 1, 9)) }
        #expect(error.code == .recipientsUnknown && error.isRetriable)
        let other = CaseRecipients(caseID: Fixture.otherCaseID, recipients: [Fixture.recipient()])
        let mismatch = try #require(throws: NotificationDomainError.self) { try planner.plan(event, recipients: other, now: oslo(2026, 6, 1, 9)) }
        #expect(mismatch.code == .caseMismatch && !mismatch.isRetriable)
        #expect(!error.message.contains("01018000001") && !mismatch.message.contains("01018000001"))
    }

    @Test func plannedNotificationRoundTripsAsAJobPayload() throws {
        let plan = try planner.plan(.meeting(meetingID: meetingID, startsAt: oslo(2026, 6, 10, 13), reportedAt: oslo(2026, 6, 1, 9)),
                                    recipients: Fixture.recipients(), now: oslo(2026, 6, 1, 9))
        let data = try EventJSON.encoder.encode(plan.notifications)
        #expect(try EventJSON.decoder.decode([PlannedNotification].self, from: data) == plan.notifications)
    }
}
