@testable import InngangModels

/// `LocalDate` from literal parts in tests (traps on an invalid date, which is a test bug).
func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    guard let d = LocalDate(year: year, month: month, day: day) else { fatalError("bad test date \(year)-\(month)-\(day)") }
    return d
}
