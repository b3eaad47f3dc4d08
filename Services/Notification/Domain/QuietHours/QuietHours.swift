import Foundation
import InngangModels

/// **Quiet hours rule** applied to instants: when an SMS may go out (see ``SMSWindowPolicy``
/// for the windows, domain.md "Quiet hours" for the source).
///
/// Two kinds of messages (``NotificationTiming``):
/// - **As soon as allowed** (receipt, coordinator assigned, decision made): outside the window
///   the message moves *later*, to the start of the next allowed window.
/// - **Before a deadline** (reminders of a meeting, a due date, an appeal deadline): outside the
///   window the message moves *earlier*, to the last slot of the previous allowed window
///   (window end − ``SMSWindowPolicy/lastSlotMargin``), never later. Only when that earlier slot
///   has already passed (the event was planned late) may it go later, and only if the next
///   allowed instant is still before the deadline's `latest`; otherwise it is not sent.
///
/// E-mail has no window: it goes at the nominal time (or now, if that has passed).
public struct QuietHours: Sendable {
    public var policy: SMSWindowPolicy

    public init(policy: SMSWindowPolicy = .standard) { self.policy = policy }

    /// Whether an SMS may be sent at `instant` to a family with `preference`.
    public func isAllowed(_ instant: Date, preference: ContactPreference?) -> Bool {
        let day = policy.clock.date(of: instant)
        guard let window = policy.window(on: day, preference: preference) else { return false }
        let (start, end) = bounds(window, on: day)
        return start <= instant && instant < end
    }

    /// The first instant at or after `instant` when an SMS may be sent; `nil` if none within
    /// the search horizon.
    public func earliestAllowed(atOrAfter instant: Date, preference: ContactPreference?) -> Date? {
        let first = policy.clock.date(of: instant)
        for offset in 0...policy.searchHorizonDays {
            let day = first.adding(days: offset)
            guard let window = policy.window(on: day, preference: preference) else { continue }
            let (start, end) = bounds(window, on: day)
            if instant < start { return start }
            if instant < end { return instant }
        }
        return nil
    }

    /// The latest *slot* at or before `instant` when an SMS may be sent: `instant` itself when
    /// allowed, else the last slot (end − margin) of the closest earlier window; `nil` if none
    /// within the search horizon.
    public func latestAllowed(atOrBefore instant: Date, preference: ContactPreference?) -> Date? {
        let first = policy.clock.date(of: instant)
        for offset in 0...policy.searchHorizonDays {
            let day = first.adding(days: -offset)
            guard let window = policy.window(on: day, preference: preference) else { continue }
            let (start, end) = bounds(window, on: day)
            if instant < start { continue }
            if instant < end { return instant }
            return max(start, end.addingTimeInterval(-policy.lastSlotMargin.seconds))
        }
        return nil
    }

    /// **Send time rule**: when a message with `timing` goes out on `channel`, planned at `now`.
    /// `nil`: it cannot be sent in time (a deadline-bound message whose every allowed slot
    /// before `latest` has passed).
    public func sendTime(for timing: NotificationTiming, channel: Channel, preference: ContactPreference?, now: Date) -> Date? {
        switch (timing, channel) {
        case (.asSoonAsAllowed(let notBefore), .email):
            return max(notBefore, now)
        case (.asSoonAsAllowed(let notBefore), .sms):
            return earliestAllowed(atOrAfter: max(notBefore, now), preference: preference)
        case (.beforeDeadline(let nominal, let latest), .email):
            let at = max(min(nominal, latest), now)
            return at <= latest ? at : nil
        case (.beforeDeadline(let nominal, let latest), .sms):
            if let earlier = latestAllowed(atOrBefore: min(nominal, latest), preference: preference), earlier >= now {
                return earlier
            }
            // The earlier slot has passed: the next allowed instant, if still in time.
            guard let next = earliestAllowed(atOrAfter: now, preference: preference), next <= latest else { return nil }
            return next
        }
    }

    private func bounds(_ window: DailyWindow, on day: LocalDate) -> (Date, Date) {
        (policy.clock.instant(day, minute: window.startMinute), policy.clock.instant(day, minute: window.endMinute))
    }
}

extension Duration {
    /// Whole and fractional seconds as a `TimeInterval`.
    var seconds: TimeInterval {
        let (s, atto) = components
        return TimeInterval(s) + TimeInterval(atto) / 1e18
    }
}
