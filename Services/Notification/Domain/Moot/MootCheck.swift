import Foundation
import InngangModels

/// **Moot reminder rule** (domain.md: "cancelled when moot (meeting cancelled, document already
/// received, appeal already filed) — and when the check cannot be made, don't send (fail
/// closed)"). Checked right before sending, as the safety net behind cancellation by key.
///
/// - Meeting reminder: moot when the meeting is cancelled or now starts at another time (moved:
///   the new event planned new reminders).
/// - Documentation reminder: moot when the documentation was received, the due date changed, or
///   the service decided after the request (**decision closes the documentation request**).
/// - Appeal reminder: moot when an appeal was filed or the deadline changed (e.g. interrupted
///   by a request for reasons, forvaltningsloven § 24).
/// - Any reminder: moot when its last useful moment (``NotificationTiming/latest``) has passed.
/// - Consent request: moot once every grantor gave it, or it ended (refused, withdrawn, …).
/// - Consent expiring: moot when the consent ended or its end date changed.
/// - Receipt, coordinator assigned, decision made, appeal news, consent withdrawn
///   confirmation: never moot; they need no facts.
///
/// **Fail closed**: facts unavailable, or facts of the wrong kind for the subject → the verdict
/// is ``Verdict/unknown`` and the message is **not sent and not retried** (dropped and
/// recorded). A *transient* lookup failure (database timeout) is not "unknown": the caller
/// retries the job instead of asking this rule.
public enum MootCheck {
    public enum Verdict: Sendable, Hashable {
        case relevant
        case moot(Reason)
        case unknown

        /// Only ``relevant`` may be sent.
        public var maySend: Bool { self == .relevant }
    }

    public enum Reason: String, Sendable, Hashable {
        case meetingCancelled = "meeting-cancelled"
        case meetingMoved = "meeting-moved"
        case documentationReceived = "documentation-received"
        /// The service decided after requesting the documentation; nothing is owed any more.
        case decidedWithoutDocumentation = "decided-without-documentation"
        case dueDateChanged = "due-date-changed"
        case appealFiled = "appeal-filed"
        case appealDeadlineChanged = "appeal-deadline-changed"
        /// The recipient's appeal deadline is interrupted by their request for reasons.
        case awaitingReasons = "awaiting-reasons"
        case consentEnded = "consent-ended"
        case consentAnswered = "consent-answered"
        case consentValidityChanged = "consent-validity-changed"
        case tooLate = "too-late"
    }

    public static func verdict(for planned: PlannedNotification, facts: SubjectFacts, now: Date) -> Verdict {
        if let latest = planned.timing.latest, now > latest { return .moot(.tooLate) }
        switch (planned.subject, facts) {
        case (.caseNews, _), (.decision, _), (.consentNews, _):
            return .relevant
        case (.meeting(_, let plannedStart), .meeting(let state)):
            switch state {
            case .cancelled: return .moot(.meetingCancelled)
            case .scheduled(let startsAt): return startsAt == plannedStart ? .relevant : .moot(.meetingMoved)
            }
        case (.task(_, let plannedDue), .task(let state)):
            switch state {
            case .received: return .moot(.documentationReceived)
            case .closedByDecision: return .moot(.decidedWithoutDocumentation)
            case .open(let due): return due == plannedDue ? .relevant : .moot(.dueDateChanged)
            }
        case (.appealDeadline(_, let plannedDeadline), .appeal(let state)):
            switch state {
            case .filed: return .moot(.appealFiled)
            case .awaitingReasons: return .moot(.awaitingReasons)
            case .open(let deadline): return deadline == plannedDeadline ? .relevant : .moot(.appealDeadlineChanged)
            }
        case (.consentRequest, .consent(let state)):
            switch state {
            case .requested: return .relevant
            case .inForce: return .moot(.consentAnswered)
            case .ended: return .moot(.consentEnded)
            }
        case (.consentExpiry(_, _, let plannedUntil), .consent(let state)):
            switch state {
            case .inForce(let until): return until == plannedUntil ? .relevant : .moot(.consentValidityChanged)
            case .ended: return .moot(.consentEnded)
            case .requested: return .unknown
            }
        default:
            return .unknown
        }
    }

    /// `true` unless the message is known to be still relevant: moot **or unknown** (fail closed).
    public static func isMoot(_ planned: PlannedNotification, _ facts: SubjectFacts, now: Date) -> Bool {
        !verdict(for: planned, facts: facts, now: now).maySend
    }
}
