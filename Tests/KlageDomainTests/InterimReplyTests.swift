import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// forvaltningsloven § 11 a: an interim reply when an appeal is not answered within one month.
@Suite struct InterimReplyTests {
    let received = oslo(2026, 1, 12, 9)

    func status(answered: Date? = nil, replied: Date? = nil, now: Date) -> InterimReplyStatus {
        InterimReplyRule.status(receivedAt: received, answeredAt: answered, interimReplySentAt: replied, now: now)
    }

    @Test func interimReplyIsDueOneMonthAfterReceipt() {
        #expect(InterimReplyRule.dueBy(receivedAt: received) == day(2026, 2, 12))
        #expect(status(now: oslo(2026, 2, 12, 23, 59)) == .pending(dueBy: day(2026, 2, 12)))
    }

    @Test func interimReplyIsOverdueWhenTheMonthHasRunOutWithoutAnAnswer() {
        #expect(status(now: oslo(2026, 2, 13, 0, 0)) == .overdue(dueBy: day(2026, 2, 12)))
    }

    @Test func interimReplyMonthIsAPlainCalendarMonthNotMovedPastAWeekend() {
        // Received Saturday 31 January 2026: one month is Saturday 28 February (month end), not Monday 2 March.
        #expect(InterimReplyRule.dueBy(receivedAt: oslo(2026, 1, 31)) == day(2026, 2, 28))
    }

    @Test func answeredAppealNeedsNoInterimReply() {
        #expect(status(answered: oslo(2026, 2, 1), now: oslo(2026, 3, 1)) == .notNeeded(.answered))
    }

    @Test func interimReplyAlreadySentIsNotDueAgain() {
        #expect(status(replied: oslo(2026, 2, 5), now: oslo(2026, 3, 1)) == .notNeeded(.alreadySent))
    }

    @Test func factsRecordedLaterThanNowDoNotCount() {
        #expect(status(answered: oslo(2026, 3, 1), now: oslo(2026, 2, 20)) == .overdue(dueBy: day(2026, 2, 12)))
    }

    @Test func interimReplyMustPromiseADateAfterItIsSent() throws {
        let reply = try InterimReply(reason: .highWorkload, expectedBy: day(2026, 3, 15), sentAt: oslo(2026, 2, 10))
        #expect(reply.expectedBy == day(2026, 3, 15))
        #expect { try InterimReply(reason: .complexCase, expectedBy: day(2026, 2, 10), sentAt: oslo(2026, 2, 10)) } throws: {
            ($0 as? KlageDomainError)?.code == .expectedDateNotInFuture
        }
    }
}
