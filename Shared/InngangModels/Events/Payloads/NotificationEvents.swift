import Foundation

/// Why a notification was sent. With the triggering event id and the recipient it forms the
/// key that makes a message unique: the same (event, recipient, purpose) never sends twice.
public enum NotificationPurpose: String, Codable, Sendable, CaseIterable {
    case receipt
    case coordinatorAssigned = "coordinator-assigned"
    case meetingReminderDayBefore = "meeting-reminder-day-before"
    case meetingReminderSameDay = "meeting-reminder-same-day"
    case documentationDueSoon = "documentation-due-soon"
    case decisionMade = "decision-made"
    case appealDeadlineApproaching = "appeal-deadline-approaching"
    /// A guardian (or the young person) is asked to give or refuse consent (samtykke).
    case consentRequested = "consent-requested"
    /// A consent in force ends soon (its `validUntil`).
    case consentExpiring = "consent-expiring"
    /// Confirmation that a consent was withdrawn (to every grantor).
    case consentWithdrawn = "consent-withdrawn"
    /// An appeal (klage) was received.
    case appealReceived = "appeal-received"
    /// An appeal lacks required parts; the party has a short deadline to complete it.
    case appealCompletionRequested = "appeal-completion-requested"
    /// The municipality upheld the decision and forwarded the appeal to the klageinstans.
    case appealForwarded = "appeal-forwarded"
    /// The appeal was decided (by the municipality or the klageinstans).
    case appealDecided = "appeal-decided"
    /// An interim reply (foreløpig svar) was sent because the appeal takes longer than a month.
    case appealInterimReply = "appeal-interim-reply"
}

/// `no.inngang.notification.delivered.v1`: a message reached the provider for one recipient.
/// For a decision notice, `deliveredAt` is when notice of the decision reached the party, which
/// the appeal deadline (forvaltningsloven § 29) counts from.
public struct NotificationDeliveredV1: Codable, Sendable, Equatable {
    public var notificationID: NotificationID
    public var caseID: CaseID
    public var purpose: NotificationPurpose
    public var recipient: PersonRef
    public var channel: Channel
    /// The event the notification was about (e.g. the decision-made event's id).
    public var sourceEventID: String
    /// For decision notices: the decision.
    public var decisionID: DecisionID?
    public var deliveredAt: Date
    public init(notificationID: NotificationID, caseID: CaseID, purpose: NotificationPurpose, recipient: PersonRef, channel: Channel,
                sourceEventID: String, decisionID: DecisionID?, deliveredAt: Date) {
        self.notificationID = notificationID; self.caseID = caseID; self.purpose = purpose; self.recipient = recipient
        self.channel = channel; self.sourceEventID = sourceEventID; self.decisionID = decisionID; self.deliveredAt = deliveredAt
    }
}

/// `no.inngang.notification.failed.v1`: no channel reached the recipient; the coordinator gets a task.
public struct NotificationFailedV1: Codable, Sendable, Equatable {
    public var notificationID: NotificationID
    public var caseID: CaseID
    public var purpose: NotificationPurpose
    public var recipient: PersonRef
    /// A code, e.g. `no-contact-address`, `provider-rejected`, `protected-address`.
    public var reason: String
    public var failedAt: Date
    public init(notificationID: NotificationID, caseID: CaseID, purpose: NotificationPurpose, recipient: PersonRef, reason: String, failedAt: Date) {
        self.notificationID = notificationID; self.caseID = caseID; self.purpose = purpose; self.recipient = recipient
        self.reason = reason; self.failedAt = failedAt
    }
}
