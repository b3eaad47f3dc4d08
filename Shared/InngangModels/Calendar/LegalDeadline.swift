import Foundation

/// Statutory deadline arithmetic (*fristberegning*) after domstolloven §§ 148–149, which
/// forvaltningsloven deadlines (e.g. the three-week appeal deadline in § 29) follow.
///
/// **§ 148** (lov 13. august 1915 nr. 5 om domstolene):
/// - first paragraph: a deadline in *days* does not count the day it starts from;
/// - second paragraph: a deadline in *weeks, months or years* ends on the day of the last
///   week or month that by its name or number matches the start day; if that month has no
///   such date, the deadline ends on the last day of the month.
///
/// **§ 149 first paragraph** — as quoted in secondary sources we could read (the Lovdata text of
/// the chapter was not reachable in full): *"Ender en frist paa en lørdag, helgedag eller dag som
/// etter lovgivningen er likestilt med helgedag, forlenges fristen til den nærmest følgende
/// virkedag."* Foreldelsesloven § 29 nr. 2 uses the same words. *Helgedager* are the Sundays and
/// named holidays of helligdagsfredloven § 2; 1 and 17 May are *høgtidsdager* equated with them
/// by the 1947 act. **24 and 31 December are not in that list**, so they do not extend a
/// deadline: the single switch ``extendsOnChristmasAndNewYearsEve`` is `false`. (Do not confuse
/// this with *rettsferie*, domstolloven § 140, which pauses some court deadlines from
/// 24 December to 3 January; it does not apply to administrative appeals.)
///
/// A deadline ends at the end of its last day, Europe/Oslo time (``expiry(of:in:)``).
public enum LegalDeadline {
    /// Whether 24 and 31 December move a deadline like a public holiday. `false`: § 149 names
    /// Saturdays, *helgedager* and days equated with them; Christmas Eve and New Year's Eve are
    /// neither. Change it here only if the law changes.
    public static let extendsOnChristmasAndNewYearsEve = false

    /// The days § 149 moves a deadline past: Saturday, Sunday and public holidays (plus 24/31
    /// December only if ``extendsOnChristmasAndNewYearsEve``).
    public static let calendar: WorkingDayCalendar =
        extendsOnChristmasAndNewYearsEve
        ? WorkingDayCalendar.norway.closing(everyYear: [.christmasEve, .newYearsEve])
        : WorkingDayCalendar.norway

    /// § 149: a last day that is not a working day moves to the next working day.
    public static func extended(_ lastDay: LocalDate, calendar: WorkingDayCalendar = LegalDeadline.calendar) -> LocalDate {
        calendar.nextWorkingDay(onOrAfter: lastDay)
    }

    /// § 148 first paragraph + § 149: `days` days after `start` (the start day not counted).
    public static func days(_ days: Int, from start: LocalDate, calendar: WorkingDayCalendar = LegalDeadline.calendar) -> LocalDate {
        precondition(days >= 0, "LegalDeadline: negative deadline")
        return extended(start.adding(days: days), calendar: calendar)
    }

    /// § 148 second paragraph + § 149: ends on the same weekday `weeks` weeks after `start`,
    /// moved to the next working day when that is a Saturday, Sunday or public holiday.
    public static func weeks(_ weeks: Int, from start: LocalDate, calendar: WorkingDayCalendar = LegalDeadline.calendar) -> LocalDate {
        precondition(weeks >= 0, "LegalDeadline: negative deadline")
        return extended(start.adding(days: 7 * weeks), calendar: calendar)
    }

    /// § 148 second paragraph + § 149: the same date `months` months after `start`, or the last
    /// day of that month when it is shorter (31 January + 1 month → 28/29 February), then moved.
    public static func months(_ months: Int, from start: LocalDate, calendar: WorkingDayCalendar = LegalDeadline.calendar) -> LocalDate {
        precondition(months >= 0, "LegalDeadline: negative deadline")
        return extended(start.adding(months: months), calendar: calendar)
    }

    /// § 148 second paragraph + § 149 for years (29 February → 28 February), then moved.
    public static func years(_ years: Int, from start: LocalDate, calendar: WorkingDayCalendar = LegalDeadline.calendar) -> LocalDate {
        precondition(years >= 0, "LegalDeadline: negative deadline")
        return extended(start.adding(years: years), calendar: calendar)
    }

    /// The instant a deadline ending on `lastDay` has passed: the start of the next day in
    /// `timeZone`. Something sent strictly before this instant is in time.
    public static func expiry(of lastDay: LocalDate, in timeZone: TimeZone = .oslo) -> Date {
        lastDay.adding(days: 1).startOfDay(in: timeZone)
    }

    /// Whether `instant` is on or before the last day of the deadline (Oslo time by default).
    public static func isInTime(_ instant: Date, deadline lastDay: LocalDate, in timeZone: TimeZone = .oslo) -> Bool {
        instant < expiry(of: lastDay, in: timeZone)
    }
}
