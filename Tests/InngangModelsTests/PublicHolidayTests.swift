import Testing

@testable import InngangModels

@Suite struct PublicHolidayTests {
    @Test func twelveNamedHolidaysIn2026() {
        let expected: [LocalDate: String] = [
            date(2026, 1, 1): "1. nyttårsdag", date(2026, 4, 2): "Skjærtorsdag", date(2026, 4, 3): "Langfredag",
            date(2026, 4, 5): "1. påskedag", date(2026, 4, 6): "2. påskedag", date(2026, 5, 1): "1. mai",
            date(2026, 5, 14): "Kristi himmelfartsdag", date(2026, 5, 17): "Grunnlovsdag (17. mai)",
            date(2026, 5, 24): "1. pinsedag", date(2026, 5, 25): "2. pinsedag",
            date(2026, 12, 25): "1. juledag", date(2026, 12, 26): "2. juledag",
        ]
        #expect(NorwegianPublicHolidays.holidays(year: 2026) == expected)
        #expect(NorwegianPublicHolidays.list(year: 2026).map(\.date) == expected.keys.sorted())
    }

    @Test func easterDependentHolidaysFollowEaster2025() {
        let h = NorwegianPublicHolidays.holidays(year: 2025)
        for d in [date(2025, 4, 17), date(2025, 4, 18), date(2025, 4, 20), date(2025, 4, 21),
                  date(2025, 5, 29), date(2025, 6, 8), date(2025, 6, 9)] {
            #expect(h[d] != nil, "\(d)")
            #expect(NorwegianPublicHolidays.isPublicHoliday(d), "\(d)")
        }
    }

    @Test func christmasEveAndNewYearsEveAreNotPublicHolidays() {
        #expect(!NorwegianPublicHolidays.isPublicHoliday(date(2026, 12, 24)))
        #expect(!NorwegianPublicHolidays.isPublicHoliday(date(2026, 12, 31)))
        #expect(!NorwegianPublicHolidays.isPublicHoliday(date(2026, 4, 1)))  // onsdag før skjærtorsdag
        #expect(!NorwegianPublicHolidays.isPublicHoliday(date(2026, 4, 4)))  // påskeaften
    }

    @Test func whitMondayOn17May2027IsOneDateWithBothNames() {
        let h = NorwegianPublicHolidays.holidays(year: 2027)
        #expect(h.count == 11)
        #expect(h[date(2027, 5, 17)] == "Grunnlovsdag (17. mai) / 2. pinsedag")
        #expect(NorwegianPublicHolidays.holidays(on: date(2027, 5, 17)).map(\.kind) == [.constitutionDay, .whitMonday])
        #expect(NorwegianPublicHolidays.list(year: 2027).count == 12)
    }

    @Test func ascensionDayOn1May2008() {
        #expect(NorwegianPublicHolidays.holidays(on: date(2008, 5, 1)).map(\.kind) == [.labourDay, .ascensionDay])
    }

    @Test func fastCheckAgreesWithTheListForEveryDayOfManyYears() {
        for year in 1990...2060 {
            let holidays = Set(NorwegianPublicHolidays.list(year: year).map(\.date))
            var d = date(year, 1, 1)
            while d.year == year {
                #expect(NorwegianPublicHolidays.isPublicHoliday(d) == holidays.contains(d))
                d = d.adding(days: 1)
            }
        }
    }
}
