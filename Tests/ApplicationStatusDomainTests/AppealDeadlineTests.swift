import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// forvaltningsloven § 29: three weeks from when notice of the decision reached the party.
@Suite struct AppealDeadlineTests {
    let f = Fixture()
    let decisionID = DecisionID()

    /// A refusal dated Thursday 8 January 2026, plus `more` events.
    func refused(_ more: [RecordedEvent] = [], outcome: DecisionOutcome = .refused) -> CaseTimeline {
        f.timeline(at: oslo(2026, 1, 5), [f.decision("ppt", decisionID, outcome, date: day(2026, 1, 8), oslo(2026, 1, 8, 14))] + more)
    }

    func deadline(_ timeline: CaseTimeline) -> AppealDeadline? {
        timeline.latestDecision(for: "ppt").flatMap { AppealDeadlineRule.deadline(for: $0) }
    }

    @Test func countsFromDeliveryNotDecisionDate() {
        let d = deadline(refused([f.delivered(decisionID, oslo(2026, 1, 12, 10))]))
        #expect(d?.lastDay == day(2026, 2, 2))
        #expect(d?.basis == .deliveryTime)
        #expect(d?.countedFrom == day(2026, 1, 12))
        #expect(d?.isProvisional == false)
    }

    @Test func withoutDeliveryIsProvisionalFromDecisionDate() {
        let d = deadline(refused())
        #expect(d?.lastDay == day(2026, 1, 29))
        #expect(d?.basis == .decisionDateProvisional)
        #expect(d?.isProvisional == true)
    }

    @Test func deadlineOnPublicHolidayMovesToNextWorkingDay() {
        // Delivered Thursday 23 April 2026; three weeks later is Ascension Day, 14 May → Friday 15 May.
        let d = deadline(refused([f.delivered(decisionID, oslo(2026, 4, 23, 9))]))
        #expect(d?.lastDay == day(2026, 5, 15))
    }

    @Test func deliveryJustAfterMidnightCountsFromTheOsloDate() {
        // 00:30 Oslo on 13 January is still 12 January in UTC.
        let d = deadline(refused([f.delivered(decisionID, oslo(2026, 1, 13, 0, 30))]))
        #expect(d?.countedFrom == day(2026, 1, 13))
        #expect(d?.lastDay == day(2026, 2, 3))
    }

    @Test func earliestDeliveryAmongTheGuardiansCounts() {
        let d = deadline(refused([
            f.delivered(decisionID, oslo(2026, 1, 14, 10), to: f.otherGuardian), f.delivered(decisionID, oslo(2026, 1, 12, 10)),
        ]))
        #expect(d?.lastDay == day(2026, 2, 2))
    }

    @Test func partlyGrantedAndDismissedHaveADeadlineGrantedHasNone() {
        #expect(deadline(refused(outcome: .partlyGranted)) != nil)
        #expect(deadline(refused(outcome: .dismissed)) != nil)
        #expect(deadline(refused(outcome: .granted)) == nil)
    }

    @Test func lateAppealLimitIsOneYearAfterTheDecision() {
        #expect(deadline(refused())?.absoluteLimit == day(2027, 1, 8))
    }

    @Test func statusIsOpenUntilTheLastDayThenPassed() throws {
        let decision = try #require(refused([f.delivered(decisionID, oslo(2026, 1, 12, 10))]).latestDecision(for: "ppt"))
        #expect(AppealDeadlineRule.status(of: decision, today: day(2026, 2, 2)) == .open)
        #expect(AppealDeadlineRule.status(of: decision, today: day(2026, 2, 3)) == .deadlinePassed)
    }

    @Test func filedAppealReplacesTheDeadline() throws {
        let timeline = refused([f.appeal(decisionID, "ppt", .filed, oslo(2026, 1, 20))])
        let decision = try #require(timeline.latestDecision(for: "ppt"))
        #expect(AppealDeadlineRule.status(of: decision, today: day(2026, 1, 21)) == .filed)
        #expect(NextStepRule.nextStep(for: "ppt", in: timeline, processingTimes: [:], today: day(2026, 1, 21)) == .appealBeingHandled(expectedBy: nil))
    }

    @Test func refusalMakesAppealingTheNextStep() {
        let step = NextStepRule.nextStep(for: "ppt", in: refused(), processingTimes: [:], today: day(2026, 1, 9))
        guard case .familyMayAppeal(let d) = step else {
            Issue.record("expected familyMayAppeal, got \(step)")
            return
        }
        #expect(d.lastDay == day(2026, 1, 29))
    }
}
