import Foundation
import InngangModels

/// What a planned message is about, with the facts it was planned from. ``MootCheck``
/// compares these with the current facts before sending.
public enum NotificationSubject: Sendable, Hashable, Codable {
    /// The case as a whole (receipt, coordinator assigned): never moot.
    case caseNews(CaseID)
    /// A meeting that started at `startsAt` when the reminder was planned.
    case meeting(MeetingID, startsAt: Date)
    /// A documentation task for the family, due on `dueDate` when the reminder was planned.
    case task(TaskID, dueDate: LocalDate)
    /// A decision notice (sent whatever the outcome; the outcome is never in the text).
    case decision(DecisionID, outcome: DecisionOutcome)
    /// The appeal deadline of a decision, ending on `deadline`.
    case appealDeadline(DecisionID, deadline: LocalDate)
    /// A consent request waiting for the grantor's answer; moot once the consent is settled.
    /// `child` is who the population register is asked about (the grantor may not be a
    /// recipient of any case).
    case consentRequest(ConsentID, child: PersonRef)
    /// News about a consent that is never moot (the confirmation of a withdrawal).
    case consentNews(ConsentID, child: PersonRef)
    /// A consent in force until the end of `validUntil`, when the reminder was planned.
    case consentExpiry(ConsentID, child: PersonRef, validUntil: LocalDate)

    /// The group whose cancellation makes messages about this subject moot, if any.
    public var cancellationGroup: CancellationGroup? {
        switch self {
        case .caseNews, .decision, .consentNews: nil
        case .meeting(let id, _): .meeting(id)
        case .task(let id, _): .task(id)
        case .appealDeadline(let id, _): .appeal(id)
        case .consentRequest(let id, _), .consentExpiry(let id, _, _): .consent(id)
        }
    }

    /// The child the recipient's register facts are looked up against when it is not the
    /// case's child (consent messages: the consent's child); `nil` → the case's child.
    public var child: PersonRef? {
        switch self {
        case .consentRequest(_, let child), .consentNews(_, let child), .consentExpiry(_, let child, _): child
        default: nil
        }
    }
}
