import Foundation
import InngangModels

/// A consumed event the notification service reacts to, decoded from its CloudEvent.
public struct TriggeringEvent: Sendable, Equatable {
    /// What happened.
    public enum Trigger: Sendable, Equatable {
        case caseReceived(CaseReceivedV1)
        case coordinatorAssigned(CoordinatorAssignedV1)
        case meetingScheduled(MeetingScheduledV1)
        case meetingCancelled(MeetingCancelledV1)
        case documentationRequested(DocumentationRequestedV1)
        case documentationReceived(DocumentationReceivedV1)
        case decisionMade(DecisionMadeV1)
        /// An appeal against `decisionID` was filed. InngangModels has no klage payload yet, so
        /// ``decode(_:)`` cannot produce this case; the klage consumer builds it directly.
        case appealFiled(caseID: CaseID, decisionID: DecisionID)

        /// The case the event is about.
        public var caseID: CaseID {
            switch self {
            case .caseReceived(let e): e.caseID
            case .coordinatorAssigned(let e): e.caseID
            case .meetingScheduled(let e): e.caseID
            case .meetingCancelled(let e): e.caseID
            case .documentationRequested(let e): e.caseID
            case .documentationReceived(let e): e.caseID
            case .decisionMade(let e): e.caseID
            case .appealFiled(let caseID, _): caseID
            }
        }
    }

    /// The CloudEvent `id`: the first part of every ``NotificationKey`` planned from it.
    public let id: String
    public let trigger: Trigger

    public init(id: String, trigger: Trigger) {
        self.id = id
        self.trigger = trigger
    }

    /// Decodes `event` when its type is one notification reacts to; `nil` for any other type
    /// (including other versions, which the consumer's registry handles).
    public static func decode(_ event: CloudEvent) throws(NotificationDomainError) -> TriggeringEvent? {
        guard let type = event.eventType else { return nil }
        let trigger: Trigger
        do {
            switch type {
            case .intakeCaseReceived: trigger = .caseReceived(try event.decodeData())
            case .intakeCoordinatorAssigned: trigger = .coordinatorAssigned(try event.decodeData())
            case .statusMeetingScheduled: trigger = .meetingScheduled(try event.decodeData())
            case .statusMeetingCancelled: trigger = .meetingCancelled(try event.decodeData())
            case .statusDocumentationRequested: trigger = .documentationRequested(try event.decodeData())
            case .statusDocumentationReceived: trigger = .documentationReceived(try event.decodeData())
            case .statusDecisionMade: trigger = .decisionMade(try event.decodeData())
            default: return nil
            }
        } catch {
            throw NotificationDomainError(.undecodableEvent, error.message)
        }
        return TriggeringEvent(id: event.id, trigger: trigger)
    }
}
