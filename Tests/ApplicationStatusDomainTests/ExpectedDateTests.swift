import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// The expected answer date: published processing time in working days, an interim reply's
/// date, and the pause while the family's documentation is awaited.
@Suite struct ExpectedDateTests {
    let f = Fixture()
    let times: [ServiceCode: Int] = ["ppt": 20, "bup": 5]

    func expected(_ timeline: CaseTimeline, _ service: ServiceCode = "ppt", today: LocalDate, times: [ServiceCode: Int]? = nil) -> ExpectedAnswer? {
        ExpectedDateRule.expectedAnswer(for: service, in: timeline, processingTimes: times ?? self.times, today: today)
    }

    @Test func processingTimeCountsWorkingDaysPastChristmasAndEaster() {
        // Friday 18 December 2026 + 5 working days: 21, 22, 23, (24 closed, 25 holiday, weekend) 28, 29.
        let christmas = f.timeline(at: oslo(2026, 12, 18), routedTo: ["bup"])
        #expect(expected(christmas, "bup", today: day(2026, 12, 18))?.date == day(2026, 12, 29))
        // Tuesday 23 March 2027 + 5: 24, (Maundy Thursday, Good Friday, weekend, Easter Monday) 30, 31, 1, 2 April.
        let easter = f.timeline(at: oslo(2027, 3, 23), routedTo: ["bup"])
        let answer = expected(easter, "bup", today: day(2027, 3, 23))
        #expect(answer == ExpectedAnswer(date: day(2027, 4, 2), basis: .processingTime, pausedWorkingDays: 0, isOverdue: false))
    }

    @Test func countingStartsTheDayAfterRoutingInOsloTime() {
        // Routed 23:30 Oslo on Monday 2 March (22:30 UTC): start day is 2 March, day 1 is 3 March.
        let timeline = f.timeline(at: oslo(2026, 3, 2, 23, 30), routedTo: ["bup"])
        #expect(expected(timeline, "bup", today: day(2026, 3, 3))?.date == day(2026, 3, 9))
    }

    @Test func openDocumentationTaskPausesTheClockUntilItsDueDate() {
        // Anchor: Monday 2 March 2026 + 20 working days = 30 March. Requested 10 March, due 20 March:
        // 8 working days paused (11–13, 16–20) → 31 Mar, 1 Apr, (Easter) 7, 8, 9, 10, 13, 14 April.
        let timeline = f.timeline(at: oslo(2026, 3, 2), [f.docRequested("ppt", TaskID(), due: day(2026, 3, 20), oslo(2026, 3, 10))])
        #expect(expected(timeline, today: day(2026, 3, 12)) == ExpectedAnswer(date: day(2026, 4, 14), basis: .processingTime, pausedWorkingDays: 8, isOverdue: false))
    }

    @Test func receivedDocumentationPausesOnlyUntilReceipt() {
        let task = TaskID()
        let timeline = f.timeline(at: oslo(2026, 3, 2), [
            f.docRequested("ppt", task, due: day(2026, 3, 20), oslo(2026, 3, 10)), f.docReceived("ppt", task, oslo(2026, 3, 13, 15)),
        ])
        #expect(expected(timeline, today: day(2026, 3, 16))?.pausedWorkingDays == 3)
        #expect(expected(timeline, today: day(2026, 3, 16))?.date == day(2026, 4, 7))
    }

    @Test func overdueDocumentationKeepsThePauseGrowingUntilToday() {
        let timeline = f.timeline(at: oslo(2026, 3, 2), [f.docRequested("ppt", TaskID(), due: day(2026, 3, 20), oslo(2026, 3, 10))])
        #expect(expected(timeline, today: day(2026, 3, 25))?.pausedWorkingDays == 11)
        #expect(expected(timeline, today: day(2026, 3, 25))?.date == day(2026, 4, 17))
    }

    @Test func overlappingTasksPauseEachDayOnce() {
        let timeline = f.timeline(at: oslo(2026, 3, 2), [
            f.docRequested("ppt", TaskID(), due: day(2026, 3, 20), oslo(2026, 3, 10)),
            f.docRequested("ppt", TaskID(), due: day(2026, 3, 18), oslo(2026, 3, 12)),
        ])
        #expect(expected(timeline, today: day(2026, 3, 12))?.pausedWorkingDays == 8)
    }

    @Test func interimReplyDateOverridesTheProcessingTime() {
        let timeline = f.timeline(at: oslo(2026, 3, 2), [
            f.docRequested("ppt", TaskID(), due: day(2026, 3, 20), oslo(2026, 3, 10)),
            f.interim("ppt", expectedBy: day(2026, 5, 15), oslo(2026, 3, 16)),
        ])
        // The task requested before the interim reply is already in its date: no pause added.
        #expect(expected(timeline, today: day(2026, 3, 16)) == ExpectedAnswer(date: day(2026, 5, 15), basis: .interimReply, pausedWorkingDays: 0, isOverdue: false))
    }

    @Test func taskRequestedAfterAnInterimReplyPausesItsDate() {
        let timeline = f.timeline(at: oslo(2026, 3, 2), [
            f.interim("ppt", expectedBy: day(2026, 5, 15), oslo(2026, 3, 16)),
            f.docRequested("ppt", TaskID(), due: day(2026, 3, 20), oslo(2026, 3, 17)),  // 18, 19, 20 paused
        ])
        #expect(expected(timeline, today: day(2026, 3, 17))?.date == day(2026, 5, 20))
    }

    @Test func lateAnswerIsFlaggedOverdueNotMoved() {
        let timeline = f.timeline(at: oslo(2026, 3, 2), routedTo: ["bup"], [f.progress("bup", oslo(2026, 3, 3))])
        let answer = expected(timeline, "bup", today: day(2026, 3, 20))
        #expect(answer?.date == day(2026, 3, 9))
        #expect(answer?.isOverdue == true)
    }

    @Test func withoutPublishedTimeOrInterimReplyThereIsNoDate() {
        #expect(expected(f.timeline(at: oslo(2026, 3, 2), routedTo: ["nav"]), "nav", today: day(2026, 3, 2)) == nil)
    }

    @Test func decidedServiceHasNoExpectedDate() {
        let timeline = f.timeline(at: oslo(2026, 3, 2), [f.decision("ppt", DecisionID(), .granted, date: day(2026, 3, 5), oslo(2026, 3, 5))])
        #expect(expected(timeline, today: day(2026, 3, 5)) == nil)
    }

    @Test func reopenedServiceCountsFromItsFirstReportAfterTheDecision() {
        let timeline = f.timeline(at: oslo(2026, 3, 2), routedTo: ["bup"], [
            f.decision("bup", DecisionID(), .refused, date: day(2026, 3, 5), oslo(2026, 3, 5)),
            f.progress("bup", oslo(2026, 4, 20)),
        ])
        // Worked on again Monday 20 April (case sent back) + 5 working days = 27 April.
        #expect(expected(timeline, "bup", today: day(2026, 4, 20))?.date == day(2026, 4, 27))
    }
}
