import Testing

@testable import InngangModels

@Suite struct EasterTests {
    @Test(arguments: [
        (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2038, 4, 25), (2000, 4, 23), (2019, 4, 21),
        (1818, 3, 22), (2285, 3, 22), (1943, 4, 25), (2008, 3, 23), (2011, 4, 24), (1954, 4, 18), (2100, 3, 28),
    ])
    func easterSundayForKnownYears(year: Int, month: Int, day: Int) {
        #expect(Easter.sunday(year: year) == date(year, month, day))
    }

    @Test func easterIsAlwaysASundayBetween22MarchAnd25April() {
        for year in 1583...4099 {
            let easter = Easter.sunday(year: year)
            #expect(easter.weekday == 7)
            #expect(easter >= date(year, 3, 22) && easter <= date(year, 4, 25))
        }
    }
}
