import Foundation
import InngangModels

/// One fact the timeline is folded from: the event contract's payloads, plus two domain facts
/// whose payloads are not in the contract yet (``ServiceClosed``, ``AppealFact``).
///
/// Times used by the fold are the payloads' own business times (`receivedAt`, `reportedAt`,
/// `deliveredAt`, …), never the time an event arrived, so a redelivered or late event lands in
/// the right place.
public enum TimelineEvent: Sendable, Equatable {
    case caseReceived(CaseReceivedV1)
    case caseRouted(CaseRoutedV1)
    case coordinatorAssigned(CoordinatorAssignedV1)
    case progressReported(ProgressReportedV1)
    case documentationRequested(DocumentationRequestedV1)
    case documentationReceived(DocumentationReceivedV1)
    case meetingScheduled(MeetingScheduledV1)
    case meetingCancelled(MeetingCancelledV1)
    case interimReplySent(InterimReplySentV1)
    case decisionMade(DecisionMadeV1)
    /// Only deliveries of decision notices (purpose `decision-made` with a decision id) matter:
    /// they start the appeal deadline.
    case notificationDelivered(NotificationDeliveredV1)
    /// A service closed its part of the case (`no.inngang.status.case-closed.v1`; the payload
    /// type is not in the contract yet, see ``ServiceClosed``).
    case serviceClosed(ServiceClosed)
    /// Extension point for the klage service's events (appeal filed / forwarded / decided /
    /// interim reply). Its consumer maps klage payloads to ``AppealFact``.
    case appeal(AppealFact)

    /// The case the event is about.
    public var caseID: CaseID {
        switch self {
        case .caseReceived(let e): e.caseID
        case .caseRouted(let e): e.caseID
        case .coordinatorAssigned(let e): e.caseID
        case .progressReported(let e): e.caseID
        case .documentationRequested(let e): e.caseID
        case .documentationReceived(let e): e.caseID
        case .meetingScheduled(let e): e.caseID
        case .meetingCancelled(let e): e.caseID
        case .interimReplySent(let e): e.caseID
        case .decisionMade(let e): e.caseID
        case .notificationDelivered(let e): e.caseID
        case .serviceClosed(let e): e.caseID
        case .appeal(let e): e.caseID
        }
    }
}

/// A service closed its part of a case. Domain stand-in for the missing `CaseClosedV1` payload of
/// `no.inngang.status.case-closed.v1`.
public struct ServiceClosed: Sendable, Equatable, Codable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var closedAt: Date
    public init(caseID: CaseID, service: ServiceCode, closedAt: Date) {
        self.caseID = caseID; self.service = service; self.closedAt = closedAt
    }
}

/// A step in an appeal against one decision, as the timeline needs it. The klage service's
/// payloads (not in the contract yet) map onto this.
public struct AppealFact: Sendable, Equatable, Codable {
    public enum Stage: Sendable, Equatable, Codable {
        /// The party appealed (forvaltningsloven § 28); the appeal deadline no longer matters.
        case filed
        /// The municipality upheld the decision and sent the appeal to the klageinstans (§ 33).
        case forwarded
        /// An interim reply on the appeal (§ 11 a), with when an answer can be expected.
        case interimReply(expectedBy: LocalDate)
        /// The appeal was decided; a reversal comes as a new decision (`decision-made`) from the
        /// service, with its own decision id.
        case decided(AppealResult)
    }

    public enum AppealResult: String, Sendable, Codable, CaseIterable {
        /// The municipality changed its decision (§ 33 second paragraph).
        case reversed
        /// Rejected as inadmissible (*avvist*), itself appealable.
        case rejected
        /// The klageinstans upheld the decision (§ 34).
        case upheld
        /// The klageinstans changed the decision.
        case changed
        /// Quashed and sent back to the service for new handling.
        case quashed
    }

    public var caseID: CaseID
    public var appealID: AppealID
    public var decisionID: DecisionID
    public var service: ServiceCode
    public var stage: Stage
    public var at: Date
    public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, service: ServiceCode, stage: Stage, at: Date) {
        self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID
        self.service = service; self.stage = stage; self.at = at
    }
}

/// An event as it is applied: its identity (the CloudEvent `id`, which the fold de-duplicates
/// on) and its content.
public struct RecordedEvent: Sendable, Equatable {
    public var id: String
    public var event: TimelineEvent
    public init(id: String, event: TimelineEvent) {
        self.id = id
        self.event = event
    }
}
