import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// forvaltningsloven § 32: which decision and what change are required; reasons are advice;
/// missing parts give a short completion deadline, not a rejection.
@Suite struct AppealFormTests {
    let f = Filing()

    @Test func completeAppealHasNoMissingParts() throws {
        let check = try AppealFormRule.check(f.submission())
        #expect(check.isComplete)
        #expect(check.reasonsGiven)
    }

    @Test func missingReasonsDoNotMakeTheAppealIncomplete() throws {
        let check = try AppealFormRule.check(f.submission(reasons: nil))
        #expect(check.isComplete)
        #expect(check.reasonsGiven == false)
    }

    @Test func missingDecisionAndChangeAreBothReported() throws {
        let check = try AppealFormRule.check(f.submission(decision: false, change: "  \n "))
        #expect(check.missing == [.decision, .changeWanted])
    }

    @Test func missingPartsGiveACompletionDeadlineOfTwoWeeks() {
        // Sent Tuesday 3 March 2026; the decision's appeal deadline already ran out → Tuesday 17 March.
        let by = AppealFormRule.completionDeadline(filedAt: oslo(2026, 3, 3), appealDeadline: day(2026, 2, 2))
        #expect(by == day(2026, 3, 17))
    }

    @Test func completionDeadlineIsNeverBeforeTheAppealDeadline() {
        // Sent Tuesday 13 January; the appeal deadline (2 February) is later than two weeks (27 January).
        #expect(AppealFormRule.completionDeadline(filedAt: oslo(2026, 1, 13), appealDeadline: day(2026, 2, 2)) == day(2026, 2, 2))
    }

    @Test func completionPeriodIsConfigurable() {
        let rules = KlageRules(completionWeeks: 1)
        #expect(AppealFormRule.completionDeadline(filedAt: oslo(2026, 3, 3), appealDeadline: nil, rules: rules) == day(2026, 3, 10))
    }

    @Test func overlongTextIsRefusedNotCut() {
        let long = String(repeating: "x", count: AppealFormRule.maxTextLength + 1)
        #expect { try AppealFormRule.check(f.submission(reasons: long)) } throws: { ($0 as? KlageDomainError)?.code == .textTooLong }
    }
}
