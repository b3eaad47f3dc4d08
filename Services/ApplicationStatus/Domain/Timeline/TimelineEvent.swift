import Foundation
import InngangModels

/// One fact the timeline is folded from: the event contract's payloads, plus two domain facts:
/// ``ServiceClosed`` (payload not in the contract yet) and ``AppealFact`` (read from the klage
/// service's events, whose payload types live in the klage service).
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
    /// A step of an appeal (the klage service's events: filed, completion requested, completed,
    /// forwarded, interim reply, decided), read into ``AppealFact``.
    case appeal(AppealFact)
    /// A request for the reasons for a decision, or the reasons given (klage's
    /// `reasons-requested` / `reasons-given`), read into ``ReasonsFact``.
    case reasons(ReasonsFact)

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
        case .reasons(let e): e.caseID
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
/// events map onto this (``RecordedEvent/init(cloudEvent:)``, tolerant readers in
/// `KlageEventReaders.swift`).
public struct AppealFact: Sendable, Equatable, Codable {
    public enum Stage: Sendable, Equatable, Codable {
        /// The party appealed (forvaltningsloven § 28); the appeal deadline no longer matters.
        case filed
        /// The appeal lacks required parts (§ 32); the party was asked to complete it by a date.
        case completionRequested(completeBy: LocalDate)
        /// The missing parts arrived.
        case completed
        /// The municipality upheld the decision and sent the appeal to the klageinstans (§ 33).
        case forwarded
        /// An interim reply on the appeal (§ 11 a), with when an answer can be expected.
        case interimReply(expectedBy: LocalDate)
        /// The appeal was decided. A reversal (or a change by the klageinstans) may carry the new
        /// decision (``AppealFact/newDecision``), which becomes the service's current decision.
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

    /// The decision an appeal's result made (a reversal is a new decision with its own id).
    public struct NewDecision: Sendable, Equatable, Codable {
        public var decisionID: DecisionID
        public var outcome: DecisionOutcome
        /// `nil`: the Oslo day the appeal was decided.
        public var decisionDate: LocalDate?
        /// An *avvisning* of the appeal: appealable, but not the service's outcome.
        public var rejectsAppeal: Bool
        public init(decisionID: DecisionID, outcome: DecisionOutcome, decisionDate: LocalDate? = nil, rejectsAppeal: Bool = false) {
            self.decisionID = decisionID
            self.outcome = outcome
            self.decisionDate = decisionDate
            self.rejectsAppeal = rejectsAppeal
        }
    }

    public var caseID: CaseID
    public var appealID: AppealID
    /// The decision appealed against.
    public var decisionID: DecisionID
    public var service: ServiceCode
    public var stage: Stage
    public var at: Date
    /// For ``Stage/decided(_:)`` only: the new decision the result made, if any.
    public var newDecision: NewDecision?
    public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, service: ServiceCode, stage: Stage, at: Date,
                newDecision: NewDecision? = nil) {
        self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID
        self.service = service; self.stage = stage; self.at = at; self.newDecision = newDecision
    }
}

/// A party's request for the reasons for a decision (forvaltningsloven § 24 second paragraph)
/// or the reasons given, as the timeline needs it (klage's events, ``KlageEventReaders``).
/// In time, the request interrupts the requester's appeal deadline; a new one runs from the day
/// the reasons were given (§ 29 third paragraph), see ``AppealDeadlineRule``.
public struct ReasonsFact: Sendable, Equatable, Codable {
    public enum Step: Sendable, Equatable, Codable {
        /// The request; `inTime`: made within the requester's deadline, so it interrupted it.
        case requested(inTime: Bool)
        /// The reasons were given; `inTime` is klage's assessment then (`nil`: not said, the
        /// request's flag decides).
        case given(inTime: Bool?)
    }

    public var caseID: CaseID
    public var decisionID: DecisionID
    public var service: ServiceCode
    /// The party who asked (whose deadline it is). Never shown; used to pick the deadline's facts.
    public var requester: PersonRef
    /// Klage's id of the request: pairs the request with its answer.
    public var reasonRequestID: String
    public var step: Step
    public var at: Date
    public init(caseID: CaseID, decisionID: DecisionID, service: ServiceCode, requester: PersonRef, reasonRequestID: String,
                step: Step, at: Date) {
        self.caseID = caseID; self.decisionID = decisionID; self.service = service; self.requester = requester
        self.reasonRequestID = reasonRequestID; self.step = step; self.at = at
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
