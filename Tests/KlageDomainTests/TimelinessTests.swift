import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// forvaltningsloven § 30 (sent before the end of the last day, Oslo time) and § 31 (late
/// appeals flagged for assessment; not considered more than one year after the decision).
@Suite struct TimelinessTests {
    func timeliness(_ sentAt: Date, _ notice: NoticeFacts = Refusal.delivered) -> Timeliness {
        TimelinessRule.assess(sentAt: sentAt, notice: notice).timeliness
    }

    @Test func appealSentAt2359OnTheLastDayIsInTime() {
        #expect(timeliness(oslo(2026, 2, 2, 23, 59, 59)) == .inTime)
    }

    @Test func appealSentAtMidnightAfterTheLastDayIsLate() {
        #expect(timeliness(oslo(2026, 2, 3, 0, 0)) == .lateForAssessment)
    }

    @Test func lateAppealWithinAYearIsFlaggedForAssessmentNotRejected() {
        let assessment = TimelinessRule.assess(sentAt: oslo(2026, 6, 1), notice: Refusal.delivered)
        #expect(assessment.timeliness == .lateForAssessment)
        #expect(assessment.deadline.lastDay == day(2026, 2, 2))
    }

    @Test func appealMoreThanAYearAfterTheDecisionCannotBeConsidered() {
        #expect(timeliness(oslo(2027, 1, 9, 8)) == .beyondAbsoluteLimit)
    }

    @Test func appealOnTheFirstAnniversaryOfTheDecisionIsStillOnlyLate() {
        #expect(timeliness(oslo(2027, 1, 8, 23, 0)) == .lateForAssessment)
    }

    @Test func withoutDeliveryTheAssessmentIsAgainstTheDecisionDateAndSaysSo() {
        // In time from the delivery (2 February) but late counted from the decision date (29 January).
        let assessment = TimelinessRule.assess(sentAt: oslo(2026, 1, 30), notice: Refusal.notDelivered)
        #expect(assessment.timeliness == .lateForAssessment)
        #expect(assessment.deadline.basis == .decisionDateNoDeliveryRecorded)
        #expect(timeliness(oslo(2026, 1, 30)) == .inTime)
    }

    @Test func requestForReasonsInterruptsSoALaterAppealIsInTime() {
        var notice = Refusal.delivered
        notice.reasonsRequest = ReasonsRequest(requestedAt: oslo(2026, 1, 20), reasonsDeliveredAt: oslo(2026, 2, 10))
        #expect(timeliness(oslo(2026, 2, 25), notice) == .inTime)
        #expect(timeliness(oslo(2026, 3, 4), notice) == .lateForAssessment)
    }

    @Test func whileAwaitingReasonsEveryAppealIsInTime() {
        var notice = Refusal.delivered
        notice.reasonsRequest = ReasonsRequest(requestedAt: oslo(2026, 1, 20))
        #expect(timeliness(oslo(2027, 3, 1), notice) == .inTime)
    }
}
