import Foundation
import Testing

@testable import InngangModels

@Suite struct LocalDateTests {
    @Test func rejectsDatesThatDoNotExist() {
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2025, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 0, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 1, day: 0) == nil)
    }

    @Test func parsesAndFormatsISODates() throws {
        #expect(LocalDate("2026-05-17") == date(2026, 5, 17))
        #expect(date(987, 1, 2).description == "0987-01-02")
        for bad in ["2026-5-17", "2026-05-17T00:00", "20260517", "2026-02-30", "", "abcd-ef-gh", "+026-05-17"] {
            #expect(LocalDate(bad) == nil, "\(bad)")
        }
        let json = try JSONEncoder().encode([date(2026, 5, 17)])
        #expect(String(decoding: json, as: UTF8.self) == #"["2026-05-17"]"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: json) == [date(2026, 5, 17)])
    }

    @Test func isoWeekdayMondayIsOneSundayIsSeven() {
        #expect(date(1970, 1, 1).weekday == 4)
        #expect(date(2026, 5, 17).weekday == 7)
        #expect(date(2026, 5, 18).weekday == 1)
        #expect(date(1969, 12, 28).weekday == 7)
        #expect(date(2000, 2, 29).weekday == 2)
    }

    @Test func dayArithmeticCrossesMonthsYearsAndLeapDays() {
        #expect(date(2024, 2, 28).adding(days: 1) == date(2024, 2, 29))
        #expect(date(2024, 2, 29).adding(days: 1) == date(2024, 3, 1))
        #expect(date(2025, 12, 31).adding(days: 1) == date(2026, 1, 1))
        #expect(date(1970, 1, 1).adding(days: -1) == date(1969, 12, 31))
        #expect(date(2026, 1, 1).days(to: date(2027, 1, 1)) == 365)
        #expect(date(2024, 1, 1).days(to: date(2025, 1, 1)) == 366)
        // Round trip over a long range of day numbers.
        for n in stride(from: -719_162, through: 2_932_896, by: 997) {
            #expect(LocalDate(daysSinceEpoch: n).daysSinceEpoch == n)
        }
    }

    @Test func monthArithmeticClampsToLastDayOfMonth() {
        #expect(date(2026, 1, 31).adding(months: 1) == date(2026, 2, 28))
        #expect(date(2024, 1, 31).adding(months: 1) == date(2024, 2, 29))
        #expect(date(2026, 3, 31).adding(months: -1) == date(2026, 2, 28))
        #expect(date(2026, 11, 15).adding(months: 3) == date(2027, 2, 15))
        #expect(date(2024, 2, 29).adding(years: 1) == date(2025, 2, 28))
    }

    @Test func convertsInstantsInOsloTimeIncludingSummerTime() throws {
        // 2026-03-28T23:30Z is 00:30 on 29 March in Oslo (CET, +1).
        let winter = try #require(RFC3339.date(from: "2026-03-28T23:30:00Z"))
        #expect(LocalDate(winter, in: .oslo) == date(2026, 3, 29))
        #expect(LocalDate(winter, in: TimeZone(identifier: "UTC")!) == date(2026, 3, 28))
        // 17 May is in summer time (CEST, +2): its midnight is 22:00 UTC the day before.
        #expect(date(2026, 5, 17).startOfDay(in: .oslo) == RFC3339.date(from: "2026-05-16T22:00:00Z"))
        // The DST change day (29 March 2026) still starts at midnight, +1.
        #expect(date(2026, 3, 29).startOfDay(in: .oslo) == RFC3339.date(from: "2026-03-28T23:00:00Z"))
        #expect(TimeZone.oslo.identifier == "Europe/Oslo")
    }
}
