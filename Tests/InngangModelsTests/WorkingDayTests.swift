import Testing

@testable import InngangModels

@Suite struct WorkingDayTests {
    let norway = WorkingDayCalendar.norway

    @Test func weekendsAndPublicHolidaysAreNotWorkingDays() {
        #expect(norway.isWorkingDay(date(2026, 4, 1)))       // Wednesday
        #expect(!norway.isWorkingDay(date(2026, 4, 2)))      // Skjærtorsdag
        #expect(!norway.isWorkingDay(date(2026, 4, 4)))      // Saturday
        #expect(!norway.isWorkingDay(date(2026, 4, 5)))      // Sunday + 1. påskedag
        #expect(!norway.isWorkingDay(date(2026, 5, 1)))      // Friday, 1. mai
        #expect(norway.isWorkingDay(date(2026, 12, 24)))     // Thursday, julaften: open by law
    }

    @Test func addingWorkingDaysSkipsTheWholeEasterWeekend() {
        #expect(norway.addingWorkingDays(1, to: date(2026, 4, 1)) == date(2026, 4, 7))
        #expect(norway.addingWorkingDays(2, to: date(2026, 3, 31)) == date(2026, 4, 7))
        #expect(norway.addingWorkingDays(10, to: date(2026, 3, 27)) == date(2026, 4, 15))
    }

    @Test func dayAfterStartIsDayOneAndZeroIsTheStartItself() {
        #expect(norway.addingWorkingDays(1, to: date(2026, 1, 5)) == date(2026, 1, 6))
        #expect(norway.addingWorkingDays(0, to: date(2026, 1, 10)) == date(2026, 1, 10))
        #expect(norway.addingWorkingDays(1, to: date(2026, 1, 10)) == date(2026, 1, 12))
        #expect(norway.addingWorkingDays(-1, to: date(2026, 4, 7)) == date(2026, 4, 1))
    }

    @Test func nextWorkingDayOnOrAfter() {
        #expect(norway.nextWorkingDay(onOrAfter: date(2026, 1, 9)) == date(2026, 1, 9))
        #expect(norway.nextWorkingDay(onOrAfter: date(2026, 1, 10)) == date(2026, 1, 12))
        #expect(norway.nextWorkingDay(onOrAfter: date(2025, 12, 25)) == date(2025, 12, 29))
        #expect(norway.previousWorkingDay(onOrBefore: date(2026, 4, 6)) == date(2026, 4, 1))
    }

    @Test func workingDaysCountsHalfOpenRangeAndInvertsAdding() {
        #expect(norway.workingDays(from: date(2026, 4, 1), to: date(2026, 4, 7)) == 1)
        #expect(norway.workingDays(from: date(2026, 1, 5), to: date(2026, 1, 5)) == 0)
        #expect(norway.workingDays(from: date(2026, 1, 5), to: date(2026, 1, 12)) == 5)
        #expect(norway.workingDays(from: date(2026, 1, 12), to: date(2026, 1, 5)) == -5)
        #expect(norway.workingDays(from: date(2026, 1, 1), to: date(2026, 12, 31)) == 253)  // 261 weekdays − 8 weekday holidays
        for start in stride(from: 0, to: 400, by: 7).map({ date(2026, 1, 1).adding(days: $0) }) {
            for n in [0, 1, 3, 10, 37] {
                #expect(norway.workingDays(from: start, to: norway.addingWorkingDays(n, to: start)) == n)
            }
        }
    }

    @Test func processingCalendarAlsoClosesChristmasEveAndNewYearsEve() {
        let processing = WorkingDayCalendar.norwayProcessing
        #expect(!processing.isWorkingDay(date(2026, 12, 24)))
        #expect(!processing.isWorkingDay(date(2026, 12, 31)))
        #expect(processing.addingWorkingDays(1, to: date(2026, 12, 23)) == date(2026, 12, 28))
        #expect(norway.addingWorkingDays(1, to: date(2026, 12, 23)) == date(2026, 12, 24))
        let closedOnce = norway.closing(dates: [date(2026, 1, 6)])
        #expect(closedOnce.addingWorkingDays(1, to: date(2026, 1, 5)) == date(2026, 1, 7))
    }
}
