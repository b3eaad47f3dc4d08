import Foundation
import InngangModels
import Testing

@testable import NotificationDomain

/// Quiet hours rule: ``QuietHours`` and ``SMSWindowPolicy``.
@Suite struct QuietHoursTests {
    let hours = QuietHours()
    let sms = Fixture.recipient().contact

    @Test func defaultWindowIsEightToEightOsloOnWeekdays() {
        // Tuesday 2026-06-09 (CEST).
        #expect(!hours.isAllowed(oslo(2026, 6, 9, 7, 59), preference: sms))
        #expect(hours.isAllowed(oslo(2026, 6, 9, 8, 0), preference: sms))
        #expect(hours.isAllowed(oslo(2026, 6, 9, 19, 59), preference: sms))
        #expect(!hours.isAllowed(oslo(2026, 6, 9, 20, 0), preference: sms))
    }

    @Test func weekendsAndPublicHolidaysHaveTheirOwnWindow() {
        // Saturday 2026-06-13, and Ascension Day Thursday 2026-05-14: 10:00–18:00.
        for d in [day(2026, 6, 13), day(2026, 5, 14)] {
            #expect(!hours.isAllowed(WallClock.oslo.instant(d, minute: 9 * 60 + 30), preference: sms), "\(d)")
            #expect(hours.isAllowed(WallClock.oslo.instant(d, minute: 10 * 60), preference: sms), "\(d)")
            #expect(!hours.isAllowed(WallClock.oslo.instant(d, minute: 18 * 60), preference: sms), "\(d)")
        }
        // 24 December is an ordinary weekday (Thursday in 2026).
        #expect(hours.isAllowed(oslo(2026, 12, 24, 8, 30), preference: sms))
    }

    @Test func weekendsAndHolidaysCanBeClosed() {
        let closed = QuietHours(policy: SMSWindowPolicy(weekend: nil, publicHoliday: nil))
        // Maundy Thursday 2026-04-02 12:00 → Good Friday, Saturday, Easter Sunday, Easter Monday
        // closed → Tuesday 2026-04-07 08:00.
        #expect(closed.earliestAllowed(atOrAfter: oslo(2026, 4, 2, 12), preference: sms) == oslo(2026, 4, 7, 8))
        // A reminder due Tuesday morning 07:00 moves back to the Wednesday before Easter.
        #expect(closed.latestAllowed(atOrBefore: oslo(2026, 4, 7, 7), preference: sms) == oslo(2026, 4, 1, 19, 45))
    }

    @Test func sameDayReminderForEarlyMeetingMovesEarlierNotLater() throws {
        // Meeting Tuesday 2026-06-09 08:15; the same-day reminder aims at 06:15, before the window.
        let timing = ReminderPolicy.standard.meetingSameDay(startsAt: oslo(2026, 6, 9, 8, 15))
        #expect(timing.nominal == oslo(2026, 6, 9, 6, 15))
        let at = try #require(hours.sendTime(for: timing, channel: .sms, preference: sms, now: oslo(2026, 6, 8, 12)))
        // Not 08:00 on the day (later than planned): the last slot of the previous window.
        #expect(at == oslo(2026, 6, 8, 19, 45), "\(osloText(at))")
        #expect(at < timing.nominal)
    }

    @Test func reminderAfterWindowEndMovesToTheLastSlotOfThatDay() {
        let timing = NotificationTiming.beforeDeadline(nominal: oslo(2026, 6, 9, 21, 30), latest: oslo(2026, 6, 10, 9))
        #expect(hours.sendTime(for: timing, channel: .sms, preference: sms, now: oslo(2026, 6, 9, 12)) == oslo(2026, 6, 9, 19, 45))
    }

    @Test func reminderWhoseEarlierSlotHasPassedGoesLaterOnlyBeforeItsDeadline() {
        // Planned at 21:00 for a 06:15 aim: the previous slot (19:45) is gone. 08:00 is still
        // before a 09:30 latest → 08:00; with latest 07:45 it cannot be sent.
        let now = oslo(2026, 6, 8, 21)
        let inTime = NotificationTiming.beforeDeadline(nominal: oslo(2026, 6, 9, 6, 15), latest: oslo(2026, 6, 9, 9, 30))
        #expect(hours.sendTime(for: inTime, channel: .sms, preference: sms, now: now) == oslo(2026, 6, 9, 8))
        let tooLate = NotificationTiming.beforeDeadline(nominal: oslo(2026, 6, 9, 6, 15), latest: oslo(2026, 6, 9, 7, 45))
        #expect(hours.sendTime(for: tooLate, channel: .sms, preference: sms, now: now) == nil)
    }

    @Test func newsOutsideTheWindowWaitsForTheNextWindowStart() {
        // Friday 2026-06-12 22:10 → Saturday 10:00 (weekend window).
        let timing = NotificationTiming.asSoonAsAllowed(notBefore: oslo(2026, 6, 12, 22, 10))
        #expect(hours.sendTime(for: timing, channel: .sms, preference: sms, now: oslo(2026, 6, 12, 22, 10)) == oslo(2026, 6, 13, 10))
        // Inside the window: at once.
        let inside = NotificationTiming.asSoonAsAllowed(notBefore: oslo(2026, 6, 12, 9, 5))
        #expect(hours.sendTime(for: inside, channel: .sms, preference: sms, now: oslo(2026, 6, 12, 9, 5)) == oslo(2026, 6, 12, 9, 5))
    }

    @Test func emailHasNoWindow() {
        let late = oslo(2026, 6, 12, 23, 30)
        #expect(hours.sendTime(for: .asSoonAsAllowed(notBefore: late), channel: .email, preference: sms, now: late) == late)
        let early = NotificationTiming.beforeDeadline(nominal: oslo(2026, 6, 9, 6, 15), latest: oslo(2026, 6, 9, 7, 45))
        #expect(hours.sendTime(for: early, channel: .email, preference: sms, now: oslo(2026, 6, 8, 12)) == oslo(2026, 6, 9, 6, 15))
    }

    @Test func familyMayNarrowButNotWidenTheWindow() {
        let policy = SMSWindowPolicy.standard
        let weekday = day(2026, 6, 9)
        func window(_ start: Int?, _ end: Int?) -> DailyWindow? {
            policy.window(on: weekday, preference: Fixture.recipient(window: (start, end)).contact)
        }
        #expect(window(nil, nil) == DailyWindow(8, 0, 20, 0))
        #expect(window(9 * 60, 17 * 60) == DailyWindow(9, 0, 17, 0))       // narrower: kept
        #expect(window(6 * 60, 22 * 60) == DailyWindow(8, 0, 20, 0))       // wider: not widened
        #expect(window(9 * 60, 22 * 60) == DailyWindow(9, 0, 20, 0))       // half wider: only the narrowing half counts
        #expect(window(nil, 18 * 60) == DailyWindow(8, 0, 18, 0))          // one bound narrows one side
        #expect(window(18 * 60, 9 * 60) == DailyWindow(8, 0, 20, 0))       // invalid: ignored, never widening
        let wide = Fixture.recipient(window: (6 * 60, 23 * 60)).contact
        #expect(!hours.isAllowed(oslo(2026, 6, 9, 7), preference: wide))
        #expect(!hours.isAllowed(oslo(2026, 6, 9, 21), preference: wide))
        let narrow = Fixture.recipient(window: (12 * 60, 15 * 60)).contact
        #expect(!hours.isAllowed(oslo(2026, 6, 9, 10), preference: narrow))
        #expect(hours.earliestAllowed(atOrAfter: oslo(2026, 6, 9, 10), preference: narrow) == oslo(2026, 6, 9, 12))
        #expect(hours.latestAllowed(atOrBefore: oslo(2026, 6, 9, 17), preference: narrow) == oslo(2026, 6, 9, 14, 45))
    }

    @Test func familyWindowOutsideTheMunicipalWindowMeansNoSMS() {
        let never = Fixture.recipient(window: (6 * 60, 7 * 60 + 30)).contact
        #expect(hours.earliestAllowed(atOrAfter: oslo(2026, 6, 9, 12), preference: never) == nil)
        #expect(hours.latestAllowed(atOrBefore: oslo(2026, 6, 9, 12), preference: never) == nil)
    }

    @Test func dstSpringForward() {
        // Sunday 2026-03-29: 02:00 CET → 03:00 CEST (01:00Z). Weekend window 10:00–18:00 CEST.
        #expect(hours.earliestAllowed(atOrAfter: utc("2026-03-28T23:30:00Z"), preference: sms) == utc("2026-03-29T08:00:00Z"))
        #expect(hours.isAllowed(utc("2026-03-29T15:45:00Z"), preference: sms))   // 17:45 CEST
        #expect(!hours.isAllowed(utc("2026-03-29T16:30:00Z"), preference: sms))  // 18:30 CEST (17:30 if CET were assumed)
        // Monday 09:00 meeting: the day-before reminder is Sunday 17:00 CEST = 15:00Z.
        let dayBefore = ReminderPolicy.standard.meetingDayBefore(startsAt: utc("2026-03-30T07:00:00Z"))
        #expect(dayBefore.nominal == utc("2026-03-29T15:00:00Z"))
        #expect(hours.sendTime(for: dayBefore, channel: .sms, preference: sms, now: utc("2026-03-27T12:00:00Z")) == utc("2026-03-29T15:00:00Z"))
        // A same-day reminder on the switch day itself: meeting 11:00 CEST, aim 09:00 CEST (before
        // the weekend window) → back to Saturday's last slot, 17:45 CET = 16:45Z.
        let sameDay = ReminderPolicy.standard.meetingSameDay(startsAt: utc("2026-03-29T09:00:00Z"))
        #expect(hours.sendTime(for: sameDay, channel: .sms, preference: sms, now: utc("2026-03-27T12:00:00Z")) == utc("2026-03-28T16:45:00Z"))
    }

    @Test func dstFallBack() {
        // Sunday 2026-10-25: 03:00 CEST → 02:00 CET (01:00Z); 02:30 happens twice.
        #expect(hours.earliestAllowed(atOrAfter: utc("2026-10-25T00:30:00Z"), preference: sms) == utc("2026-10-25T09:00:00Z"))
        #expect(hours.earliestAllowed(atOrAfter: utc("2026-10-25T01:30:00Z"), preference: sms) == utc("2026-10-25T09:00:00Z"))
        #expect(hours.isAllowed(utc("2026-10-25T16:30:00Z"), preference: sms))   // 17:30 CET
        #expect(!hours.isAllowed(utc("2026-10-25T17:00:00Z"), preference: sms))  // 18:00 CET
        // Monday 09:00 CET meeting: day-before reminder Sunday 17:00 CET = 16:00Z.
        let dayBefore = ReminderPolicy.standard.meetingDayBefore(startsAt: utc("2026-10-26T08:00:00Z"))
        #expect(dayBefore.nominal == utc("2026-10-25T16:00:00Z"))
        // The window's last slot on the switch day: 17:45 CET = 16:45Z.
        #expect(hours.latestAllowed(atOrBefore: utc("2026-10-25T20:00:00Z"), preference: sms) == utc("2026-10-25T16:45:00Z"))
    }
}

@Suite struct SMSWindowSettingTests {
    @Test func operatorWindowSettingIsReadAsMinutesWithAnExclusiveEnd() throws {
        let window = try #require(DailyWindow(text: "08:00-20:00"))
        #expect(window == DailyWindow(8, 0, 20, 0))
        #expect(DailyWindow(text: "00:00-24:00") == DailyWindow(startMinute: 0, endMinute: 1440))
    }

    @Test func malformedOrReversedWindowSettingsAreRejected() {
        for text in ["", "8-20", "08:00", "20:00-08:00", "08:00-08:00", "24:30-25:00", "08:60-09:00", "aa:bb-cc:dd"] {
            #expect(DailyWindow(text: text) == nil, "\(text) accepted")
        }
    }
}
