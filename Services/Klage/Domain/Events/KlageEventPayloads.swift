import Foundation
import InngangModels

/// Payloads of the klage service's events (topic ``InngangTopic/klage``, key = case id).
/// Ids and codes only: no free text (the change wanted, the reasons, the underinstans's
/// statement and attachments stay in the klage service's database), no names.
///
/// How they map onto the consumers (neither module is imported here):
/// - application-status `AppealFact(caseID:appealID:decisionID:service:stage:at:)`:
///   ``AppealFiledV1`` → `.filed` at `filedAt`; ``AppealForwardedV1`` → `.forwarded` at
///   `forwardedAt`; ``AppealInterimReplySentV1`` → `.interimReply(expectedBy:)` at `sentAt`;
///   ``AppealDecidedV1`` → `.decided(AppealResult(rawValue: result.rawValue)!)` at `decidedAt`
///   (``AppealResultCode`` has the same raw values); with ``AppealDecidedV1/newDecisionID`` and
///   ``AppealDecidedV1/newDecisionOutcome`` also a new decision of the service (a reversal).
///   ``AppealCompletionRequestedV1``,
///   ``AppealCompletedV1`` and ``ExecutionPostponementV1`` have no stage there yet.
/// - notification `TriggeringEvent.Trigger.appealFiled(caseID:decisionID:)` ←
///   ``AppealFiledV1`` (`caseID`, `decisionID`); it cancels the appeal-deadline reminders.
/// - Requests for reasons (§ 24 second paragraph, § 29 third paragraph): ``ReasonsRequestedV1``
///   (when `inTime`, the requester's deadline is interrupted: application-status shows the
///   deadline as awaiting reasons, notification cancels the requester's appeal-deadline reminders)
///   and ``ReasonsGivenV1`` (a new deadline of three weeks runs from the Oslo day of `givenAt`).

/// The result of an appeal, as application-status's `AppealFact.AppealResult` spells it.
public enum AppealResultCode: String, Codable, Sendable, CaseIterable {
    /// The municipality changed its decision (fully or partly, see ``AppealDecidedV1/scope``).
    case reversed
    /// Rejected as inadmissible (by either instance, see ``AppealDecidedV1/decidedBy``).
    case rejected
    /// The klageinstans upheld the decision.
    case upheld
    /// The klageinstans changed the decision.
    case changed
    /// The klageinstans quashed the decision and sent the case back.
    case quashed
}

/// `no.inngang.klage.appeal-filed.v1`: a party appealed a named decision. Published at filing,
/// or — when the appeal did not name its decision — when it is completed (then `filedAt` is
/// still the original sending time).
public struct AppealFiledV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var appealID: AppealID
    public var decisionID: DecisionID
    public var service: ServiceCode
    /// The person who appealed (for notification's recipient; never a name).
    public var appellant: PersonRef
    public var appellantRole: PartyRole
    /// When the appeal was sent (§ 30).
    public var filedAt: Date
    /// The deadline's last day; `nil` while interrupted by a request for reasons.
    public var deadlineLastDay: LocalDate?
    public var deadlineBasis: AppealDeadline.Basis
    public var timeliness: Timeliness
    /// Required parts still missing (§ 32); empty when complete.
    public var missingParts: [AppealPart]
    public var completeBy: LocalDate?
    public var klageinstans: Klageinstans
    /// The last day to answer or send an interim reply (§ 11 a).
    public var interimReplyDueBy: LocalDate
    public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, service: ServiceCode, appellant: PersonRef,
                appellantRole: PartyRole, filedAt: Date, deadlineLastDay: LocalDate?, deadlineBasis: AppealDeadline.Basis,
                timeliness: Timeliness, missingParts: [AppealPart], completeBy: LocalDate?, klageinstans: Klageinstans,
                interimReplyDueBy: LocalDate) {
        self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID; self.service = service
        self.appellant = appellant; self.appellantRole = appellantRole; self.filedAt = filedAt
        self.deadlineLastDay = deadlineLastDay; self.deadlineBasis = deadlineBasis; self.timeliness = timeliness
        self.missingParts = missingParts; self.completeBy = completeBy; self.klageinstans = klageinstans
        self.interimReplyDueBy = interimReplyDueBy
    }
}

/// `no.inngang.klage.appeal-completion-requested.v1` (new type, see ``KlageEventTypes``): the
/// appeal misses required parts (§ 32) and the appellant is asked to complete it by `completeBy`.
public struct AppealCompletionRequestedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var appealID: AppealID
    /// `nil` when the missing part is the decision itself.
    public var decisionID: DecisionID?
    public var service: ServiceCode
    public var missingParts: [AppealPart]
    public var completeBy: LocalDate
    public var requestedAt: Date
    public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID?, service: ServiceCode, missingParts: [AppealPart],
                completeBy: LocalDate, requestedAt: Date) {
        self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID; self.service = service
        self.missingParts = missingParts; self.completeBy = completeBy; self.requestedAt = requestedAt
    }
}

/// `no.inngang.klage.appeal-completed.v1` (new type): the missing parts arrived; completion
/// reminders are moot. (If the decision was the missing part, ``AppealFiledV1`` follows.)
public struct AppealCompletedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var appealID: AppealID
    public var decisionID: DecisionID
    public var service: ServiceCode
    public var timeliness: Timeliness
    public var completedAt: Date
    public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, service: ServiceCode, timeliness: Timeliness, completedAt: Date) {
        self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID; self.service = service
        self.timeliness = timeliness; self.completedAt = completedAt
    }
}

/// `no.inngang.klage.appeal-forwarded.v1`: the municipality upheld its decision and sent the
/// appeal to the klageinstans (§ 33). Its statement stays in the klage service.
public struct AppealForwardedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var appealID: AppealID
    public var decisionID: DecisionID
    public var service: ServiceCode
    public var klageinstans: Klageinstans
    public var forwardedAt: Date
    public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, service: ServiceCode, klageinstans: Klageinstans, forwardedAt: Date) {
        self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID; self.service = service
        self.klageinstans = klageinstans; self.forwardedAt = forwardedAt
    }
}

/// `no.inngang.klage.appeal-decided.v1`: the underinstans reversed (fully or partly) or rejected
/// the appeal, or the klageinstans decided it (§§ 33–34). A partial reversal may be followed by
/// ``AppealForwardedV1`` for the rest.
public struct AppealDecidedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var appealID: AppealID
    /// The decision appealed against.
    public var decisionID: DecisionID
    public var service: ServiceCode
    public var decidedBy: AppealInstance
    public var result: AppealResultCode
    /// For `reversed`: full or partial.
    public var scope: ReversalScope?
    /// For a rejection: the reason code.
    public var rejectionReason: RejectionReason?
    /// The new decision (a reversal, a rejection by the municipality — itself appealable — or a
    /// klageinstans's new decision), as recorded in application-status.
    public var newDecisionID: DecisionID?
    /// The new decision's outcome, so a consumer can record it as a decision of `service`
    /// (application-status: a new decision in the timeline). A full reversal is `granted`, a
    /// partial one `partly-granted`, a rejection by the municipality `dismissed` (an avvisning,
    /// itself appealable); for the klageinstans's `changed` only when it was reported. `nil` when
    /// there is no new decision. Optional, so events without it stay readable.
    public var newDecisionOutcome: DecisionOutcome?
    /// The new decision's date (Oslo), with ``newDecisionOutcome``.
    public var newDecisionDate: LocalDate?
    public var decidedAt: Date
    public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, service: ServiceCode, decidedBy: AppealInstance,
                result: AppealResultCode, scope: ReversalScope?, rejectionReason: RejectionReason?, newDecisionID: DecisionID?,
                newDecisionOutcome: DecisionOutcome? = nil, newDecisionDate: LocalDate? = nil, decidedAt: Date) {
        self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID; self.service = service
        self.decidedBy = decidedBy; self.result = result; self.scope = scope; self.rejectionReason = rejectionReason
        self.newDecisionID = newDecisionID; self.newDecisionOutcome = newDecisionOutcome; self.newDecisionDate = newDecisionDate
        self.decidedAt = decidedAt
    }
}

/// `no.inngang.klage.interim-reply-sent.v1`: an interim reply (§ 11 a) with why and when.
public struct AppealInterimReplySentV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var appealID: AppealID
    public var decisionID: DecisionID
    public var service: ServiceCode
    public var sentBy: AppealInstance
    public var reason: InterimReplyReason
    public var expectedBy: LocalDate
    public var sentAt: Date
    public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, service: ServiceCode, sentBy: AppealInstance,
                reason: InterimReplyReason, expectedBy: LocalDate, sentAt: Date) {
        self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID; self.service = service
        self.sentBy = sentBy; self.reason = reason; self.expectedBy = expectedBy; self.sentAt = sentAt
    }
}

/// `no.inngang.klage.execution-postponement.v1` (new type): a request to postpone carrying out
/// a decision (§ 42) was made, granted or refused.
public struct ExecutionPostponementV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var decisionID: DecisionID
    /// The appeal, when the request came with one (it may come before an appeal is filed).
    public var appealID: AppealID?
    public var service: ServiceCode
    public var status: PostponementStatus
    /// Who granted or refused it; `nil` while requested.
    public var decidedBy: AppealInstance?
    public var at: Date
    public init(caseID: CaseID, decisionID: DecisionID, appealID: AppealID?, service: ServiceCode, status: PostponementStatus,
                decidedBy: AppealInstance?, at: Date) {
        self.caseID = caseID; self.decisionID = decisionID; self.appealID = appealID; self.service = service
        self.status = status; self.decidedBy = decidedBy; self.at = at
    }
}

/// The id of a party's request for the reasons for a decision (klage's own; carried by
/// ``ReasonsRequestedV1`` and ``ReasonsGivenV1`` so consumers can pair them).
public enum ReasonRequestTag {}
/// See ``ReasonRequestTag``.
public typealias ReasonRequestID = Identifier<ReasonRequestTag>

/// `no.inngang.klage.reasons-requested.v1`: a party asked for the reasons for a decision
/// (forvaltningsloven § 24 second paragraph). When ``inTime`` the request interrupted **the
/// requester's** appeal deadline (§ 29 third paragraph): no deadline runs for them until
/// ``ReasonsGivenV1``. A late request changes no deadline. Published once per party and decision.
public struct ReasonsRequestedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var decisionID: DecisionID
    public var service: ServiceCode
    /// The party who asked (whose deadline is interrupted; never a name).
    public var requester: PersonRef
    public var reasonRequestID: ReasonRequestID
    public var requestedAt: Date
    /// Whether the request was made within the requester's ordinary deadline (on the facts
    /// known when it was made, ``ReasonsRequestRule``).
    public var inTime: Bool
    public init(caseID: CaseID, decisionID: DecisionID, service: ServiceCode, requester: PersonRef,
                reasonRequestID: ReasonRequestID, requestedAt: Date, inTime: Bool) {
        self.caseID = caseID; self.decisionID = decisionID; self.service = service; self.requester = requester
        self.reasonRequestID = reasonRequestID; self.requestedAt = requestedAt; self.inTime = inTime
    }
}

/// `no.inngang.klage.reasons-given.v1`: the reasons asked for in ``ReasonsRequestedV1`` were
/// given. If that request was in time, the requester's new deadline runs from the Oslo day of
/// ``givenAt`` (three weeks, `LegalDeadline.weeks(3, from:)`). The reasons themselves stay in klage.
public struct ReasonsGivenV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var decisionID: DecisionID
    public var service: ServiceCode
    public var requester: PersonRef
    public var reasonRequestID: ReasonRequestID
    public var givenAt: Date
    /// Whether the request interrupted the requester's deadline, assessed again on the facts
    /// known when the reasons were given (``ReasonsRequestRule``): only then does a new deadline
    /// run from ``givenAt``. Consumers read a missing value as `true`.
    public var inTime: Bool
    public init(caseID: CaseID, decisionID: DecisionID, service: ServiceCode, requester: PersonRef,
                reasonRequestID: ReasonRequestID, givenAt: Date, inTime: Bool) {
        self.caseID = caseID; self.decisionID = decisionID; self.service = service; self.requester = requester
        self.reasonRequestID = reasonRequestID; self.givenAt = givenAt; self.inTime = inTime
    }
}
