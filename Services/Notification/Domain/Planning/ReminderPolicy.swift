import Foundation
import InngangModels

/// **Reminder time rules** (ISSUE 3 item 5: "meeting reminders (the day before and on the
/// day …); documentation due soon; … appeal deadline approaching"). Nominal times, before the
/// quiet hours (``QuietHours``) are applied; every reminder is ``NotificationTiming/beforeDeadline(nominal:latest:)``.
///
/// Decisions (configurable; all wall-clock times Europe/Oslo):
/// - Meeting, day before: 17:00 on the calendar day before the meeting.
/// - Meeting, same day: 2 hours before it starts.
/// - Both meeting reminders: useless later than 30 minutes before the start (`latest`); at most
///   one of them per day (``oneMeetingReminderPerDay``).
/// - Documentation due soon: 10:00 on the 3rd working day (``WorkingDayCalendar/norway``)
///   before the due date; useful until the due date ends. One reminder only: the uniqueness key
///   (event, recipient, purpose) allows one `documentation-due-soon` per request.
/// - Appeal deadline approaching: 10:00, 5 calendar days before the last day of the appeal
///   deadline; useful until the deadline expires (``LegalDeadline/expiry(of:in:)``).
/// - Consent expiring: 10:00, 14 calendar days before the consent's last day in force
///   (`validUntil`); useful until that day ends.
public struct ReminderPolicy: Sendable, Hashable {
    public var meetingDayBeforeMinute: Int
    public var meetingSameDayLead: Duration
    public var meetingMinimumLead: Duration
    /// **One meeting reminder per day**: when the two reminders of a meeting land on the same
    /// local day (quiet hours push an 08:15 meeting's same-day reminder, 06:15, back to the
    /// previous evening; or a meeting scheduled late sends both on the meeting day), only one is
    /// planned: the same-day reminder if that day is the meeting day, else the day-before one.
    /// `true` by default; `false` plans both.
    public var oneMeetingReminderPerDay: Bool
    public var documentationWorkingDaysBefore: Int
    public var documentationReminderMinute: Int
    public var documentationCalendar: WorkingDayCalendar
    public var appealDaysBefore: Int
    public var appealReminderMinute: Int
    public var consentDaysBefore: Int
    public var consentReminderMinute: Int
    public var clock: WallClock

    public init(
        meetingDayBeforeMinute: Int = 17 * 60,
        meetingSameDayLead: Duration = .seconds(2 * 3600),
        meetingMinimumLead: Duration = .seconds(30 * 60),
        oneMeetingReminderPerDay: Bool = true,
        documentationWorkingDaysBefore: Int = 3,
        documentationReminderMinute: Int = 10 * 60,
        documentationCalendar: WorkingDayCalendar = .norway,
        appealDaysBefore: Int = 5,
        appealReminderMinute: Int = 10 * 60,
        consentDaysBefore: Int = 14,
        consentReminderMinute: Int = 10 * 60,
        clock: WallClock = .oslo
    ) {
        self.meetingDayBeforeMinute = meetingDayBeforeMinute
        self.meetingSameDayLead = meetingSameDayLead
        self.meetingMinimumLead = meetingMinimumLead
        self.oneMeetingReminderPerDay = oneMeetingReminderPerDay
        self.documentationWorkingDaysBefore = documentationWorkingDaysBefore
        self.documentationReminderMinute = documentationReminderMinute
        self.documentationCalendar = documentationCalendar
        self.appealDaysBefore = appealDaysBefore
        self.appealReminderMinute = appealReminderMinute
        self.consentDaysBefore = consentDaysBefore
        self.consentReminderMinute = consentReminderMinute
        self.clock = clock
    }

    /// The defaults above.
    public static let standard = ReminderPolicy()

    /// Meeting reminder the day before: 17:00 local the day before, at the latest 30 min before.
    public func meetingDayBefore(startsAt: Date) -> NotificationTiming {
        let day = clock.date(of: startsAt).adding(days: -1)
        return .beforeDeadline(nominal: clock.instant(day, minute: meetingDayBeforeMinute), latest: meetingLatest(startsAt))
    }

    /// Meeting reminder on the day: 2 hours before the start, at the latest 30 min before.
    public func meetingSameDay(startsAt: Date) -> NotificationTiming {
        .beforeDeadline(nominal: startsAt.addingTimeInterval(-meetingSameDayLead.seconds), latest: meetingLatest(startsAt))
    }

    /// Documentation due soon: 10:00 on the 3rd working day before `dueDate`, until `dueDate` ends.
    public func documentationDueSoon(dueDate: LocalDate) -> NotificationTiming {
        let day = documentationCalendar.addingWorkingDays(-documentationWorkingDaysBefore, to: dueDate)
        return .beforeDeadline(nominal: clock.instant(day, minute: documentationReminderMinute),
                               latest: LegalDeadline.expiry(of: dueDate, in: clock.timeZone))
    }

    /// Appeal deadline approaching: 10:00 five days before `deadline` (its last day), until it expires.
    public func appealDeadlineApproaching(deadline: LocalDate) -> NotificationTiming {
        .beforeDeadline(nominal: clock.instant(deadline.adding(days: -appealDaysBefore), minute: appealReminderMinute),
                        latest: LegalDeadline.expiry(of: deadline, in: clock.timeZone))
    }

    /// Consent expiring: 10:00 fourteen days before `validUntil` (its last day in force), useful
    /// until that day ends. A consent given with less time left is reminded at once.
    public func consentExpiring(validUntil: LocalDate) -> NotificationTiming {
        .beforeDeadline(nominal: clock.instant(validUntil.adding(days: -consentDaysBefore), minute: consentReminderMinute),
                        latest: LegalDeadline.expiry(of: validUntil, in: clock.timeZone))
    }

        private func meetingLatest(_ startsAt: Date) -> Date { startsAt.addingTimeInterval(-meetingMinimumLead.seconds) }
}
