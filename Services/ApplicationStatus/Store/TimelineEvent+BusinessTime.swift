import ApplicationStatusDomain
import Foundation

extension TimelineEvent {
    /// The fact's own business time (when it happened), stored beside the event for queries.
    /// The fold uses the payload's times itself; this column is for people reading the table.
    var businessTime: Date {
        switch self {
        case .caseReceived(let e): e.receivedAt
        case .caseRouted(let e): e.routedAt
        case .coordinatorAssigned(let e): e.assignedAt
        case .progressReported(let e): e.reportedAt
        case .documentationRequested(let e): e.reportedAt
        case .documentationReceived(let e): e.receivedAt
        case .meetingScheduled(let e): e.reportedAt
        case .meetingCancelled(let e): e.reportedAt
        case .interimReplySent(let e): e.reportedAt
        case .decisionMade(let e): e.reportedAt
        case .notificationDelivered(let e): e.deliveredAt
        case .serviceClosed(let e): e.closedAt
        case .appeal(let e): e.at
        case .reasons(let e): e.at
        }
    }
}
