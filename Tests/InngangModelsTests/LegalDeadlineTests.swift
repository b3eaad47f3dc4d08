import Foundation
import Testing

@testable import InngangModels

/// domstolloven §§ 148–149 as used for forvaltningsloven § 29's three-week appeal deadline.
@Suite struct LegalDeadlineTests {
    @Test func deadlineEndsOnSameWeekday() {
        let start = date(2026, 1, 14)  // Wednesday
        let end = LegalDeadline.weeks(3, from: start)
        #expect(end == date(2026, 2, 4))
        #expect(end.weekday == start.weekday)
    }

    @Test func threeWeekDeadlineLandingOnEasterMondayMovesToTuesday() {
        // Notice received Monday 16 March 2026; three weeks later is 2. påskedag, 6 April.
        #expect(LegalDeadline.weeks(3, from: date(2026, 3, 16)) == date(2026, 4, 7))
    }

    @Test func deadlineLandingOnMaundyThursdayMovesPastTheWholeEaster() {
        #expect(LegalDeadline.weeks(3, from: date(2026, 3, 12)) == date(2026, 4, 7))
    }

    @Test func deadlineLandingOn17MayMovesToNextWorkingDay() {
        #expect(LegalDeadline.weeks(3, from: date(2029, 4, 26)) == date(2029, 5, 18))  // Thursday 17 May
        #expect(LegalDeadline.weeks(3, from: date(2027, 4, 26)) == date(2027, 5, 18))  // Monday 17 May = 2. pinsedag
    }

    @Test func deadlineLandingOnSaturdayMovesToMonday() {
        #expect(LegalDeadline.weeks(3, from: date(2026, 1, 10)) == date(2026, 2, 2))
    }

    @Test func deadlineLandingOnSundayMovesToMonday() {
        #expect(LegalDeadline.weeks(1, from: date(2026, 1, 11)) == date(2026, 1, 19))
    }

    @Test func deadlineLandingOnChristmasEveIsNotExtended() {
        #expect(LegalDeadline.extendsOnChristmasAndNewYearsEve == false)
        #expect(LegalDeadline.weeks(3, from: date(2025, 12, 3)) == date(2025, 12, 24))
        #expect(LegalDeadline.weeks(3, from: date(2025, 12, 10)) == date(2025, 12, 31))
    }

    @Test func deadlineLandingOnChristmasDayMovesPastBoxingDayAndWeekend() {
        #expect(LegalDeadline.weeks(3, from: date(2025, 12, 4)) == date(2025, 12, 29))
    }

    @Test func monthDeadlineEndsOnSameDateOrLastDayOfShorterMonth() {
        #expect(LegalDeadline.months(1, from: date(2026, 3, 10)) == date(2026, 4, 10))
        #expect(LegalDeadline.months(1, from: date(2024, 1, 31)) == date(2024, 2, 29))
        // 28 February 2026 is a Saturday: moved to Monday 2 March.
        #expect(LegalDeadline.months(1, from: date(2026, 1, 31)) == date(2026, 3, 2))
    }

    @Test func dayDeadlineDoesNotCountTheStartDay() {
        #expect(LegalDeadline.days(10, from: date(2026, 1, 5)) == date(2026, 1, 15))
        #expect(LegalDeadline.days(5, from: date(2026, 1, 5)) == date(2026, 1, 12))  // Saturday → Monday
    }

    @Test func yearDeadlineFromLeapDay() {
        #expect(LegalDeadline.years(1, from: date(2024, 2, 29)) == date(2025, 2, 28))
    }

    @Test func deadlineExpiresAtMidnightOsloTime() throws {
        let last = date(2026, 4, 7)
        #expect(LegalDeadline.expiry(of: last) == RFC3339.date(from: "2026-04-07T22:00:00Z"))
        #expect(LegalDeadline.isInTime(try #require(RFC3339.date(from: "2026-04-07T23:59:59+02:00")), deadline: last))
        #expect(!LegalDeadline.isInTime(try #require(RFC3339.date(from: "2026-04-08T00:00:00+02:00")), deadline: last))
    }
}
