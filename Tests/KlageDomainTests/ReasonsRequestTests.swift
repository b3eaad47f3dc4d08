import Foundation
import InngangModels
import Testing

@testable import KlageDomain

/// forvaltningsloven § 24 second paragraph with § 29 third paragraph: a request for the reasons
/// made within the deadline interrupts it, and a new deadline runs from when the reasons reach
/// the party; a later request changes nothing. Refusal notice delivered 12 January 2026
/// (ordinary deadline Monday 2 February 2026).
@Suite struct ReasonsRequestTests {
    @Test func requestWithinTheDeadlineInterruptsItUntilTheReasonsAreGiven() {
        let a = ReasonsRequestRule.assess(requestedAt: oslo(2026, 1, 20), reasonsGivenAt: nil, notice: Refusal.delivered)
        #expect(a.inTime)
        #expect(a.deadline.basis == .awaitingReasons)
        #expect(a.deadline.lastDay == nil)
        #expect(a.deadline.interruptedLastDay == day(2026, 2, 2))
        #expect(a.reasonsGivenOn == nil)
    }

    @Test func requestOnTheLastDayBeforeMidnightOsloIsInTime() {
        let a = ReasonsRequestRule.assess(requestedAt: oslo(2026, 2, 2, 23, 59, 59), reasonsGivenAt: nil, notice: Refusal.delivered)
        #expect(a.inTime)
    }

    @Test func newDeadlineRunsThreeWeeksFromTheDayTheReasonsAreGiven() {
        let a = ReasonsRequestRule.assess(requestedAt: oslo(2026, 1, 20), reasonsGivenAt: oslo(2026, 2, 10, 15), notice: Refusal.delivered)
        #expect(a.inTime)
        #expect(a.deadline.basis == .reasonsDelivered)
        #expect(a.deadline.countedFrom == day(2026, 2, 10))
        #expect(a.deadline.lastDay == day(2026, 3, 3))
        #expect(a.reasonsGivenOn == day(2026, 2, 10))
    }

    @Test func requestAfterTheDeadlineHasNoEffectOnIt() {
        let a = ReasonsRequestRule.assess(requestedAt: oslo(2026, 2, 3, 0, 0), reasonsGivenAt: oslo(2026, 2, 10), notice: Refusal.delivered)
        #expect(!a.inTime)
        #expect(a.deadline.basis == .deliveryTime)
        #expect(a.deadline.lastDay == day(2026, 2, 2))
        #expect(!a.deadline.isInterrupted)
        #expect(a.reasonsGivenOn == day(2026, 2, 10))
    }

    @Test func aDeliveryRecordedLaterCanMakeARequestCountedFromTheDecisionDateInTime() {
        // Counted from the decision date (8 January → 29 January) the request of 30 January is late;
        // with the delivery of 12 January known it is within the deadline.
        let requested = oslo(2026, 1, 30)
        #expect(!ReasonsRequestRule.assess(requestedAt: requested, reasonsGivenAt: nil, notice: Refusal.notDelivered).inTime)
        #expect(ReasonsRequestRule.assess(requestedAt: requested, reasonsGivenAt: nil, notice: Refusal.delivered).inTime)
    }

    @Test func appealAfterTheOrdinaryDeadlineButWithinThreeWeeksOfTheReasonsIsInTime() {
        var notice = Refusal.delivered
        notice.reasonsRequest = ReasonsRequest(requestedAt: oslo(2026, 1, 20), reasonsDeliveredAt: oslo(2026, 2, 10, 15))
        #expect(TimelinessRule.assess(sentAt: oslo(2026, 2, 20), notice: notice).timeliness == .inTime)
        #expect(TimelinessRule.assess(sentAt: oslo(2026, 3, 4), notice: notice).timeliness == .lateForAssessment)
    }
}

/// The answer to a request for reasons, in nb, nn and en.
@Suite struct ReasonsRequestTextsTests {
    func text(_ requestedAt: Date, given: Date? = nil, notice: NoticeFacts = Refusal.delivered, _ language: Language) -> String {
        KlageTexts.reasonsRequest(ReasonsRequestRule.assess(requestedAt: requestedAt, reasonsGivenAt: given, notice: notice), language: language)
    }

    @Test func inTimeRequestTextSaysTheDeadlineIsInterruptedAndANewOneRuns() {
        let nb = text(oslo(2026, 1, 20), .nb)
        #expect(nb.contains("Vi har mottatt kravet ditt om begrunnelse"))
        #expect(nb.contains("fristen er avbrutt"))
        #expect(nb.contains("2. februar 2026"))
        #expect(nb.contains("ny klagefrist på 3 uker"))
        #expect(text(oslo(2026, 1, 20), .nn).contains("fristen er avbroten"))
        #expect(text(oslo(2026, 1, 20), .en).contains("the deadline is interrupted"))
    }

    @Test func answeredRequestTextGivesTheNewLastDay() {
        let given = oslo(2026, 2, 10, 15)
        #expect(text(oslo(2026, 1, 20), given: given, .nb).contains("Du fikk begrunnelsen 10. februar 2026, og den nye klagefristen er 3. mars 2026."))
        #expect(text(oslo(2026, 1, 20), given: given, .nn).contains("den nye klagefristen er 3. mars 2026"))
        #expect(text(oslo(2026, 1, 20), given: given, .en).contains("the new appeal deadline is 3 March 2026"))
    }

    @Test func lateRequestTextSaysTheDeadlineIsNotExtendedCalmly() {
        let alarming = ["avvis", "for sent", "for seint", "reject", "dismiss", "too late"]
        let notExtended: [Language: String] = [.nb: "blir ikke forlenget", .nn: "blir ikkje forlengd", .en: "is not extended"]
        for language in Language.allCases {
            let t = text(oslo(2026, 2, 5), language)
            #expect(t.contains(notExtended[language] ?? "?"))
            #expect(!alarming.contains { t.lowercased().contains($0) })
        }
        #expect(text(oslo(2026, 2, 5), .nb).contains("regnet fra 12. januar 2026"))
    }
}
