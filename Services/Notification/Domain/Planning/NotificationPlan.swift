import InngangModels

/// What one event means for the notification service: messages to enqueue, queued messages to
/// cancel, and messages deliberately not planned (with the reason, for metrics and tests).
///
/// Apply ``cancellations`` and ``notifications`` in the same transaction as the consumed
/// event's inbox record. The order does not matter (see ``Cancellation/exceptSourceEventID``).
public struct NotificationPlan: Sendable, Equatable {
    public var notifications: [PlannedNotification]
    public var cancellations: [Cancellation]
    public var skipped: [SkippedNotification]

    public init(notifications: [PlannedNotification] = [], cancellations: [Cancellation] = [], skipped: [SkippedNotification] = []) {
        self.notifications = notifications
        self.cancellations = cancellations
        self.skipped = skipped
    }

    /// Nothing to do.
    public static let none = NotificationPlan()

    public static func + (lhs: Self, rhs: Self) -> Self {
        Self(notifications: lhs.notifications + rhs.notifications, cancellations: lhs.cancellations + rhs.cancellations,
             skipped: lhs.skipped + rhs.skipped)
    }
}

/// A message the rules decided not to plan.
public struct SkippedNotification: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// The thing reminded about has already started or passed.
        case eventInPast = "event-in-past"
        /// No allowed slot before the deadline remains (planned too late).
        case noTimeBeforeDeadline = "no-time-before-deadline"
        /// SMS only, and the family's window never overlaps the municipality's.
        case noAllowedTime = "no-allowed-time"
        /// The other reminder of the same meeting goes out the same day
        /// (``ReminderPolicy/oneMeetingReminderPerDay``).
        case coveredByOtherReminderThatDay = "covered-by-other-reminder-that-day"
        /// Granted decisions have no appeal deadline to remind about.
        case notAppealable = "not-appealable"
    }

    public let key: NotificationKey
    public let reason: Reason

    public init(key: NotificationKey, reason: Reason) {
        self.key = key
        self.reason = reason
    }
}
