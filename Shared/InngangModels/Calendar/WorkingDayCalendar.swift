/// Which days are working days (*virkedager* in the sense of "a day the office is open").
///
/// ``norway`` closes Saturdays, Sundays and the named public holidays: exactly the days
/// domstolloven § 149 moves a deadline past (see ``LegalDeadline``). Other calendars can add
/// recurring closed days (e.g. 24 and 31 December, when counting expected processing time) or
/// one-off closed dates; they must not be used for legal deadlines.
public struct WorkingDayCalendar: Sendable, Hashable {
    /// A recurring day of the year, e.g. 24 December.
    public struct MonthDay: Hashable, Sendable {
        public let month: Int
        public let day: Int
        public init(month: Int, day: Int) {
            precondition((1...12).contains(month) && (1...31).contains(day), "MonthDay: invalid \(month)-\(day)")
            self.month = month
            self.day = day
        }
        public static let christmasEve = MonthDay(month: 12, day: 24)
        public static let newYearsEve = MonthDay(month: 12, day: 31)
    }

    /// ISO weekdays (1 = Monday … 7 = Sunday) that are closed.
    public let closedWeekdays: Set<Int>
    /// Whether ``NorwegianPublicHolidays`` are closed.
    public let closesOnPublicHolidays: Bool
    /// Closed every year on these days.
    public let closedEveryYear: Set<MonthDay>
    /// Closed on these particular dates.
    public let closedDates: Set<LocalDate>

    public init(
        closedWeekdays: Set<Int> = [6, 7],
        closesOnPublicHolidays: Bool = true,
        closedEveryYear: Set<MonthDay> = [],
        closedDates: Set<LocalDate> = []
    ) {
        precondition(closedWeekdays.isSubset(of: 1...7) && closedWeekdays.count < 7,
                     "WorkingDayCalendar: at least one weekday must be open")
        self.closedWeekdays = closedWeekdays
        self.closesOnPublicHolidays = closesOnPublicHolidays
        self.closedEveryYear = closedEveryYear
        self.closedDates = closedDates
    }

    /// Saturdays, Sundays and Norwegian public holidays closed.
    public static let norway = WorkingDayCalendar()

    /// ``norway`` plus 24 and 31 December: for *expected processing time*, when most municipal
    /// offices are closed or half-staffed. Not for legal deadlines.
    public static let norwayProcessing = WorkingDayCalendar(closedEveryYear: [.christmasEve, .newYearsEve])

    /// A copy with more closed days.
    public func closing(everyYear days: Set<MonthDay> = [], dates: Set<LocalDate> = []) -> WorkingDayCalendar {
        WorkingDayCalendar(
            closedWeekdays: closedWeekdays, closesOnPublicHolidays: closesOnPublicHolidays,
            closedEveryYear: closedEveryYear.union(days), closedDates: closedDates.union(dates))
    }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        if closedWeekdays.contains(date.weekday) { return false }
        if closesOnPublicHolidays, NorwegianPublicHolidays.isPublicHoliday(date) { return false }
        if !closedEveryYear.isEmpty, closedEveryYear.contains(MonthDay(month: date.month, day: date.day)) { return false }
        if closedDates.contains(date) { return false }
        return true
    }

    /// `date` itself when it is a working day, otherwise the first working day after it.
    public func nextWorkingDay(onOrAfter date: LocalDate) -> LocalDate {
        var d = date
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// `date` itself when it is a working day, otherwise the last working day before it.
    public func previousWorkingDay(onOrBefore date: LocalDate) -> LocalDate {
        var d = date
        while !isWorkingDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// The `n`th working day after `date` (the day after `date` can be day 1; `date` itself is
    /// never counted). Negative `n` counts backwards the same way; `n == 0` returns `date`.
    public func addingWorkingDays(_ n: Int, to date: LocalDate) -> LocalDate {
        let step = n >= 0 ? 1 : -1
        var remaining = abs(n)
        var d = date
        while remaining > 0 {
            d = d.adding(days: step)
            if isWorkingDay(d) { remaining -= 1 }
        }
        return d
    }

    /// Working days in the half-open range (`from`, `to`]: `from` is not counted, `to` is.
    /// Negative when `to` is before `from`. The inverse of ``addingWorkingDays(_:to:)`` for
    /// `n ≥ 0`: `workingDays(from: d, to: addingWorkingDays(n, to: d)) == n`.
    public func workingDays(from: LocalDate, to: LocalDate) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
        var count = 0
        var d = from
        while d < to {
            d = d.adding(days: 1)
            if isWorkingDay(d) { count += 1 }
        }
        return count
    }
}
