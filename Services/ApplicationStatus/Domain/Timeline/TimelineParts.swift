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
    /// An *avvisning* of an appeal (made by the appeal's result): it has its own appeal
    /// deadline but is not the service's outcome (``CaseTimeline/latestDecision(for:)`` skips it).
    public var rejectsAppeal = false
    /// Requests for the reasons for this decision (§ 24), by klage's request id.
    public var reasonsRequests: [String: ReasonsRequestFacts] = [:]

    /// The request for reasons that governs the family's appeal deadline, if any: of the
    /// requests that interrupted a deadline, the earliest. **Simplification**: the family sees one
    /// deadline per decision, and once a party asked for reasons in time it is that requester's
    /// deadline (a co-guardian who did not ask keeps their own legal deadline in the klage
    /// service, which measures each appeal on the appellant's own facts).
    public var governingReasonsRequest: ReasonsRequestFacts? {
        reasonsRequests.values.filter(\.interruptsDeadline)
            .min { ($0.startedAt, $0.reasonRequestID) < ($1.startedAt, $1.reasonRequestID) }
    }

    /// `true` once the decision-made event itself has been applied (a delivery or appeal fact
    /// can arrive first).
    public var isKnown: Bool { outcome != nil && decisionDate != nil }
}

/// One party's request for the reasons for a decision and its answer. Either event may arrive
/// first.
public struct ReasonsRequestFacts: Sendable, Equatable {
    public var reasonRequestID: String
    public var requester: PersonRef
    public var requestedAt: Date?
    /// The request's own flag (`reasons-requested`).
    public var inTime: Bool?
    /// When the reasons were given: the requester's new deadline runs from this day (Oslo).
    public var givenAt: Date?
    /// Klage's assessment when the reasons were given, if it said.
    public var givenInTime: Bool?

    /// Whether the request interrupted the deadline: the latest assessment klage published
    /// (the answer's, else the request's; an answer with no flag counts as in time).
    public var interruptsDeadline: Bool {
        if givenAt != nil { return givenInTime ?? inTime ?? true }
        return inTime ?? false
    }

    var startedAt: Date { requestedAt ?? givenAt ?? .distantFuture }
}

/// Where an appeal against a decision stands. Each step keeps its own (business) time, and the
/// current stage is the step with the latest time, so the result does not depend on the order
/// the klage events arrived in: a partial reversal followed by a forwarding for the rest is
/// "forwarded" (still being handled), a forwarding followed by the klageinstans's decision is
/// "decided".
public struct AppealProgress: Sendable, Equatable {
    /// The current stage, as a code for JSON.
    public enum Stage: String, Sendable, Codable, CaseIterable {
        case filed
        case completionRequested = "completion-requested"
        case completed
        case interimReply = "interim-reply"
        case forwarded
        case decided
    }

    public var appealID: AppealID
    /// When the appeal was sent (the earliest report of it).
    public var filedAt: Date?
    /// The latest request to complete the appeal (§ 32), and its deadline.
    public var completionRequestedAt: Date?
    public var completeBy: LocalDate?
    public var completedAt: Date?
    public var forwardedAt: Date?
    /// The latest interim reply (§ 11 a) and its expected answer date.
    public var interimReplyAt: Date?
    public var expectedBy: LocalDate?
    /// The latest decision on the appeal.
    public var result: AppealFact.AppealResult?
    public var decidedAt: Date?
    /// The decision the result made (reversal or change), if any.
    public var newDecisionID: DecisionID?

    public init(appealID: AppealID) {
        self.appealID = appealID
    }

    /// Records one step (latest wins per step; filing keeps the earliest time).
    mutating func record(_ fact: AppealFact) {
        let at = fact.at
        switch fact.stage {
        case .filed:
            filedAt = min(filedAt ?? at, at)
        case .completionRequested(let by):
            if completionRequestedAt.map({ $0 <= at }) ?? true { completionRequestedAt = at; completeBy = by }
        case .completed:
            completedAt = max(completedAt ?? at, at)
        case .forwarded:
            forwardedAt = max(forwardedAt ?? at, at)
        case .interimReply(let by):
            if interimReplyAt.map({ $0 <= at }) ?? true { interimReplyAt = at; expectedBy = by }
        case .decided(let r):
            if decidedAt.map({ $0 <= at }) ?? true {
                decidedAt = at
                result = r
                newDecisionID = fact.newDecision?.decisionID
            }
        }
    }

    /// The step with the latest time; on equal times the later step in the process
    /// (filed, completion requested, completed, interim reply, forwarded, decided) wins.
    public var stage: Stage? {
        let steps: [(Date?, Stage)] = [
            (filedAt, .filed), (completionRequestedAt, .completionRequested), (completedAt, .completed),
            (interimReplyAt, .interimReply), (forwardedAt, .forwarded), (decidedAt, .decided),
        ]
        var best: (Date, Int, Stage)?
        for (rank, step) in steps.enumerated() {
            guard let at = step.0 else { continue }
            if best.map({ ($0.0, $0.1) < (at, rank) }) ?? true { best = (at, rank, step.1) }
        }
        return best?.2
    }

    /// Decided, and nothing happened after the decision (a forwarding of the rest after a
    /// partial reversal means the appeal is still being handled).
    public var isDecided: Bool { stage == .decided }

    /// The answer date of the interim reply in force: the latest interim reply, unless the appeal
    /// was forwarded or decided after it (a new instance, a new clock).
    public var pendingExpectedBy: LocalDate? {
        guard let interimReplyAt, let expectedBy, !isDecided else { return nil }
        if let forwardedAt, forwardedAt > interimReplyAt { return nil }
        return expectedBy
    }
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
        /// A party asked for the reasons for the decision; `inTime`: the deadline was interrupted.
        case reasonsRequested(decisionID: DecisionID, inTime: Bool)
        /// The reasons were given.
        case reasonsGiven(decisionID: DecisionID)
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
