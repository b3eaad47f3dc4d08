import InngangModels

/// **Quiet hours rule** (domain.md, notification: "SMS only in a daytime window (default
/// 08:00–20:00 Europe/Oslo; weekends and public holidays configurable; a family may narrow it)").
///
/// Decisions, all configurable per municipality:
/// - Monday–Friday: 08:00–20:00 (``weekday``).
/// - Saturday and Sunday: allowed, 10:00–18:00 (``weekend``). `nil` closes weekends for SMS.
/// - Public holidays (``NorwegianPublicHolidays``, any weekday): allowed, 10:00–18:00
///   (``publicHoliday``), like a Sunday. `nil` closes them. A holiday on a Saturday/Sunday uses
///   this window, not the weekend one. 24 and 31 December are ordinary days.
/// - ``lastSlotMargin`` (15 minutes): a reminder moved earlier goes to the window's end minus
///   this margin (19:45, not 19:59), so a job that runs a little late is still inside the window.
/// - E-mail has no window (it is read when the reader chooses).
public struct SMSWindowPolicy: Sendable, Hashable {
    public var weekday: DailyWindow
    public var weekend: DailyWindow?
    public var publicHoliday: DailyWindow?
    public var lastSlotMargin: Duration
    /// How many days ``QuietHours`` searches for an allowed slot before giving up.
    public var searchHorizonDays: Int
    public var clock: WallClock

    public init(
        weekday: DailyWindow = DailyWindow(8, 0, 20, 0),
        weekend: DailyWindow? = DailyWindow(10, 0, 18, 0),
        publicHoliday: DailyWindow? = DailyWindow(10, 0, 18, 0),
        lastSlotMargin: Duration = .seconds(15 * 60),
        searchHorizonDays: Int = 14,
        clock: WallClock = .oslo
    ) {
        self.weekday = weekday
        self.weekend = weekend
        self.publicHoliday = publicHoliday
        self.lastSlotMargin = lastSlotMargin
        self.searchHorizonDays = searchHorizonDays
        self.clock = clock
    }

    /// 08:00–20:00 on weekdays, 10:00–18:00 on weekends and public holidays, Europe/Oslo.
    public static let standard = SMSWindowPolicy()

    /// The municipality's window on `date`, before any family narrowing; `nil` = no SMS that day.
    public func baseWindow(on date: LocalDate) -> DailyWindow? {
        if NorwegianPublicHolidays.isPublicHoliday(date) { return publicHoliday }
        if date.isSaturday || date.isSunday { return weekend }
        return weekday
    }

    /// **Family narrowing rule**: the window on `date` for a family with `preference`. The
    /// family's own span (``ContactPreference/smsWindowStartMinute`` /
    /// ``ContactPreference/smsWindowEndMinute``) is *intersected* with the municipality's, so it
    /// can narrow the window but never widen it. One bound alone narrows on that side only.
    /// Bounds outside 0…1440 or a start not before the end are ignored (intake validates them;
    /// ignoring cannot widen anything). Empty intersection: no SMS that day.
    public func window(on date: LocalDate, preference: ContactPreference?) -> DailyWindow? {
        guard let base = baseWindow(on: date) else { return nil }
        guard let family = Self.familyWindow(preference) else { return base }
        return base.intersection(family)
    }

    /// The family's requested span as a window, `nil` when none (or an invalid one) was given.
    static func familyWindow(_ preference: ContactPreference?) -> DailyWindow? {
        guard let preference, preference.smsWindowStartMinute != nil || preference.smsWindowEndMinute != nil else { return nil }
        return DailyWindow(startMinute: preference.smsWindowStartMinute ?? 0, endMinute: preference.smsWindowEndMinute ?? 1440)
    }
}
