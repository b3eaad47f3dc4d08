import Foundation
import InngangModels

/// Completed years of age, the way Norwegian law counts them: a person *has turned* (*fylt*) 16
/// from the first moment of their 16th birthday, Europe/Oslo time. Someone born 29 February turns
/// a year older on 1 March in common years (the same rule as ``NationalIdentityNumber/age(on:)``).
public enum Age {
    /// Completed years on `date` for a person born on `birthDate` (negative before birth).
    public static func completedYears(born birthDate: LocalDate, on date: LocalDate) -> Int {
        var age = date.year - birthDate.year
        if (date.month, date.day) < (birthDate.month, birthDate.day) { age -= 1 }
        return age
    }

    /// Completed years at `instant`, taking the calendar day in Oslo.
    public static func completedYears(born birthDate: LocalDate, at instant: Date) -> Int {
        completedYears(born: birthDate, on: LocalDate(instant, in: .oslo))
    }

    /// The first day on which a person born on `birthDate` has turned `years`.
    public static func birthday(_ years: Int, born birthDate: LocalDate) -> LocalDate {
        let sameDay = birthDate.adding(years: years)
        // 29 February + n years lands on 28 February in a common year; the birthday is 1 March.
        if birthDate.month == 2, birthDate.day == 29, sameDay.day == 28 { return sameDay.adding(days: 1) }
        return sameDay
    }
}
