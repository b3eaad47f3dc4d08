import Foundation
import InngangModels

/// The family's coordinator (familielos / barnekoordinator) as assigned by intake.
public struct Coordinator: Sendable, Equatable {
    public var coordinatorID: String
    public var name: String
    public var phone: String?
    public var email: String?
    public var assignedAt: Date
}

/// A task for the family: documentation a service asked for.
///
/// Out of order: a `documentation-received` that arrives before its request creates the task
/// with only ``receivedAt``; the request fills in the rest and the task is already done.
public struct FamilyTask: Sendable, Equatable {
    public var taskID: TaskID
    public var service: ServiceCode
    /// `nil` until the request itself has been applied.
    public var documentCode: String?
    public var dueDate: LocalDate?
    public var requestedAt: Date?
    /// The request event's id: the key under which the request's free text is stored.
    public var requestEventID: String?
    public var receivedAt: Date?

    /// Requested and not yet received.
    public var isOpen: Bool { requestedAt != nil && receivedAt == nil }
}

/// A meeting in the case. Rescheduling uses the same meeting id; the report with the latest
/// `reportedAt` wins, whatever the arrival order. A cancellation wins over every scheduling
/// reported at or before it.
public struct Meeting: Sendable, Equatable {
    public var meetingID: MeetingID
    public var service: ServiceCode
    public var startsAt: Date?
    public var place: String?
    /// `reportedAt` of the scheduling currently in force.
    public var scheduledReportedAt: Date?
    public var cancelledAt: Date?

    public var isCancelled: Bool {
        guard let cancelledAt else { return false }
        guard let scheduledReportedAt else { return true }
        return cancelledAt >= scheduledReportedAt
    }
}

/// A decision (*vedtak*). A service may make several (e.g. a new one after an appeal is
/// reversed or quashed); each has its own id and its own appeal deadline, and the service's
/// current outcome is the latest one (by decision date, then report time).
public struct Decision: Sendable, Equatable {
    public var decisionID: DecisionID
    /// `unknown` on a placeholder made by a delivery that arrived before the decision.
    public var service: ServiceCode
    public var outcome: DecisionOutcome?
    public var decisionDate: LocalDate?
    public var reportedAt: Date?
    /// When notice of the decision first reached one of the guardians (earliest recorded
    /// delivery): the start of the appeal deadline (forvaltningsloven § 29). The earliest, so the
    /// deadline shown is never later than the legal one.
    public var noticeDeliveredAt: Date?
    /// The appeal against this decision, if any.
    public var appeal: AppealProgress?

    /// `true` once the decision-made event itself has been applied (a delivery or appeal fact
    /// can arrive first).
    public var isKnown: Bool { outcome != nil && decisionDate != nil }
}

/// Where an appeal against a decision stands.
public struct AppealProgress: Sendable, Equatable {
    public var appealID: AppealID
    public var filedAt: Date?
    public var forwardedAt: Date?
    public var expectedBy: LocalDate?
    public var result: AppealFact.AppealResult?
    public var decidedAt: Date?
}

/// One service's part of the case: the facts its status is derived from.
public struct ServiceTrack: Sendable, Equatable {
    public var service: ServiceCode
    /// `nil` while only status events (arrived before the routing event) are known.
    public var routedAt: Date?
    /// The published processing time in working days, from the routing event (`nil`: not published).
    public var processingTimeWorkingDays: Int?
    /// `reportedAt` of every progress report.
    public var progressReports: [Date] = []
    /// Interim replies (foreløpig svar), in report-time order.
    public var interimReplies: [InterimReply] = []
    public var closedAt: Date?

    public var isRouted: Bool { routedAt != nil }

    public struct InterimReply: Sendable, Equatable {
        public var expectedBy: LocalDate
        public var reportedAt: Date
        /// Key of the reply's reason text in the service's store.
        public var eventID: String
    }
}

/// One line of the case's history.
public struct TimelineEntry: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case caseReceived
        case routed
        case coordinatorAssigned
        case progressReported
        case documentationRequested(taskID: TaskID, dueDate: LocalDate)
        case documentationReceived(taskID: TaskID)
        case meetingScheduled(meetingID: MeetingID, startsAt: Date)
        case meetingCancelled(meetingID: MeetingID)
        case interimReply(expectedBy: LocalDate)
        case decisionMade(decisionID: DecisionID, outcome: DecisionOutcome)
        case serviceClosed
        case appeal(decisionID: DecisionID, stage: AppealFact.Stage)
    }

    /// The event this entry came from (also the key of any free text stored with it).
    public var eventID: String
    /// The event's business time.
    public var at: Date
    /// `nil` for case-level entries (received, coordinator).
    public var service: ServiceCode?
    public var kind: Kind

    /// Business time, then case-level facts before service facts, then event id.
    var sortKey: (Date, Int, String) {
        let rank = switch kind {
        case .caseReceived: 0
        case .routed: 1
        case .coordinatorAssigned: 2
        default: 3
        }
        return (at, rank, eventID)
    }
}
