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

    /// The group whose cancellation makes messages about this subject moot, if any.
    public var cancellationGroup: CancellationGroup? {
        switch self {
        case .caseNews, .decision: nil
        case .meeting(let id, _): .meeting(id)
        case .task(let id, _): .task(id)
        case .appealDeadline(let id, _): .appeal(id)
        }
    }
}
