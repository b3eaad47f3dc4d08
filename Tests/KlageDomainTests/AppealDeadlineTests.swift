import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// forvaltningsloven § 29 (three weeks from when notice reached the party), domstolloven
/// §§ 148–149 (same weekday, moved past weekends and public holidays), § 29 third paragraph
/// (a request for reasons interrupts).
@Suite struct AppealDeadlineTests {
    func deadline(delivered: Date?, decisionDate: LocalDate = Refusal.decisionDate, reasons: ReasonsRequest? = nil) -> AppealDeadline {
        AppealDeadlineRule.deadline(for: NoticeFacts(decisionDate: decisionDate, noticeDeliveredAt: delivered, reasonsRequest: reasons))
    }

    @Test func deadlineCountsThreeWeeksFromTheDeliveryTime() {
        let d = deadline(delivered: Refusal.deliveredAt)
        #expect(d.lastDay == day(2026, 2, 2))
        #expect(d.basis == .deliveryTime)
        #expect(d.countedFrom == day(2026, 1, 12))
    }

    @Test func withoutARecordedDeliveryTheDeadlineCountsFromTheDecisionDateAndSaysSo() {
        let d = deadline(delivered: nil)
        #expect(d.lastDay == day(2026, 1, 29))
        #expect(d.basis == .decisionDateNoDeliveryRecorded)
        #expect(d.countedFrom == Refusal.decisionDate)
    }

    @Test func deliveryTimeIsTakenAsAnOsloDate() {
        // 00:30 Oslo on Tuesday 13 January is still 12 January in UTC.
        #expect(deadline(delivered: oslo(2026, 1, 13, 0, 30)).lastDay == day(2026, 2, 3))
    }

    @Test func deadlineLandingOnAPublicHolidayMovesToTheNextWorkingDay() {
        // Delivered Thursday 23 April 2026; three weeks later is Ascension Day (14 May).
        #expect(deadline(delivered: oslo(2026, 4, 23, 9)).lastDay == day(2026, 5, 15))
    }

    @Test func deadlineLandingOnASaturdayMovesToMonday() {
        // Delivered on Saturday 10 January 2026 (digital delivery happens at weekends too).
        #expect(deadline(delivered: oslo(2026, 1, 10, 9)).lastDay == day(2026, 2, 2))
    }

    @Test func christmasEveDoesNotMoveTheDeadline() {
        // Delivered Thursday 3 December 2026 → Thursday 24 December, an ordinary working day in law.
        #expect(deadline(delivered: oslo(2026, 12, 3, 9), decisionDate: day(2026, 12, 2)).lastDay == day(2026, 12, 24))
    }

    @Test func requestForReasonsInterruptsTheDeadlineWhichRunsAnewFromTheReasons() {
        let reasons = ReasonsRequest(requestedAt: oslo(2026, 1, 20), reasonsDeliveredAt: oslo(2026, 2, 10, 15))
        let d = deadline(delivered: Refusal.deliveredAt, reasons: reasons)
        #expect(d.lastDay == day(2026, 3, 3))
        #expect(d.basis == .reasonsDelivered)
        #expect(d.countedFrom == day(2026, 2, 10))
        #expect(d.interruptedLastDay == day(2026, 2, 2))
    }

    @Test func whileTheReasonsAreNotGivenNoDeadlineRuns() {
        let d = deadline(delivered: Refusal.deliveredAt, reasons: ReasonsRequest(requestedAt: oslo(2026, 1, 20)))
        #expect(d.lastDay == nil)
        #expect(d.basis == .awaitingReasons)
        #expect(d.isInterrupted)
    }

    @Test func requestForReasonsAfterTheDeadlineDoesNotInterruptIt() {
        let reasons = ReasonsRequest(requestedAt: oslo(2026, 2, 3, 0, 0), reasonsDeliveredAt: oslo(2026, 2, 10))
        let d = deadline(delivered: Refusal.deliveredAt, reasons: reasons)
        #expect(d.lastDay == day(2026, 2, 2))
        #expect(d.basis == .deliveryTime)
        #expect(!d.isInterrupted)
    }

    @Test func absoluteLimitIsOneYearAfterTheDecisionDate() {
        #expect(deadline(delivered: Refusal.deliveredAt).absoluteLimit == day(2027, 1, 8))
    }

    @Test func deadlineLengthIsConfigurable() {
        let rules = KlageRules(appealDeadlineWeeks: 6)
        #expect(AppealDeadlineRule.deadline(for: Refusal.delivered, rules: rules).lastDay == day(2026, 2, 23))
    }
}
