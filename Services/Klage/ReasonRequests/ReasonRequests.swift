import Foundation
import InngangModels
import InngangPostgres
import InngangService
import KlageDomain
import Logging

/// A request for reasons after the body's field checks: ids parsed.
struct ReasonRequestInput: Sendable {
    var caseID: CaseID
    var decisionID: DecisionID

    /// The request in canonical form (sorted-key JSON of the parsed ids): what an `Idempotency-Key` is bound to.
    var fingerprint: [UInt8] {
        get throws { Array(try EventJSON.encoder.encode(ReasonRequestBody(caseID: caseID.description, decisionID: decisionID.description))) }
    }
}

/// Who is looking at a request for reasons, once access is granted.
enum ReasonRequestViewer: Sendable, Equatable {
    /// A citizen party: the one who asked, or another party to the decision (a co-guardian).
    case citizen(isRequester: Bool)
    /// An employee of the decision's service; `mayAnswer` with role `caseworker` or `underinstans`.
    case employee(mayAnswer: Bool)
}

/// **Requests for the reasons for a decision** (forvaltningsloven § 24 second paragraph, § 29
/// third paragraph), each operation in one transaction under the case lock, with its audit row:
///
/// - ``request(_:requester:key:_:)`` — a party asks. Measured against
///   the party's own deadline (``ReasonsRequestRule``, from their notice delivery as for an
///   appeal); in time, it interrupts the deadline. One request per party and decision: asking
///   again answers the request as it stands.
/// - ``answer(_:_:)`` — an employee of the decision's service records that the reasons were given
///   (server time); the party's new deadline runs from that day.
/// - ``read(_:_:)`` — the party, another party to the decision, or an employee of the service.
///
/// The request interrupts the deadline **of the party who made it** (§ 29: "parten"); a
/// co-guardian's deadline is their own. The requester's open appeals against the decision are
/// measured again when the request is made and when it is answered (``AppealReassessment``), and
/// an appeal filed later is measured with it (``AppealFiling``).
///
/// Events (outbox, topic `InngangTopic.klage`, key = case id, in the same transaction):
/// `reasons-requested` (``ReasonsRequestedV1``) when a new request is stored, and `reasons-given`
/// (``ReasonsGivenV1``) the first time the answer is recorded. A repeat or replay publishes nothing.
struct ReasonRequests: Sendable {
    let pool: PostgresPool
    let events: AppealEvents
    let rules: KlageRules
    let logger: Logger

    /// The roles that may record that the reasons were given.
    static let answerRoles: Set<String> = ["caseworker", AppealAccess.underinstansRole]

    /// Who is asking, and when.
    struct Request: Sendable {
        var caller: Caller
        var language: Language
        var requestID: String
        var now: Date = Date()
        var actor: String { caller.auditReference }
    }

    enum Outcome: Sendable {
        /// A new request (201).
        case created(ReasonRequestView)
        /// The caller had already asked for the reasons for this decision: that request as it stands (200).
        case existing(ReasonRequestView)
        /// The request an earlier call with the same `Idempotency-Key` made, as it stands (201, replayed).
        case replayed(ReasonRequestView)
    }

    func request(_ input: ReasonRequestInput, requester pid: String, key: String?, _ request: Request) async throws -> Outcome {
        let fingerprint = try input.fingerprint
        let viewer = ReasonRequestViewer.citizen(isRequester: true)
        return try await pool.withTransaction { connection -> Outcome in
            if let key {
                try await ReasonRequestStore.lock(requester: pid, key: key, on: connection)
                switch try await ReasonRequestStore.lookup(requester: pid, key: key, fingerprint: fingerprint, on: connection) {
                case .unused: break
                case .replay(let id):
                    guard let stored = try await ReasonRequestStore.load(id, on: connection) else { throw ProblemDetails.noSuchReasonRequest }
                    try await AuditLog.record(actor: request.actor, .replayReasonRequest, caseID: stored.caseID, appealID: nil,
                                              requestID: request.requestID, on: connection)
                    return .replayed(try await view(stored, for: viewer, request, on: connection))
                case .reusedForOtherRequest: throw ProblemDetails.reasonRequestKeyReused
                }
            }
            guard let caseFacts = try await CaseProjection.caseFacts(input.caseID, on: connection),
                  try await CaseProjection.lock(input.caseID, on: connection),
                  let decision = try await CaseProjection.decision(input.decisionID, of: input.caseID, on: connection)
            else { throw ProblemDetails.noSuchDecision }
            let today = LocalDate(request.now, in: rules.timeZone)
            guard try AppealAccess.isParty(pid, in: caseFacts, service: decision.service, on: today, rules: rules) else {
                throw ProblemDetails.noSuchDecision
            }
            guard decision.outcome.isAppealable else { throw ProblemDetails.notAppealable }

            if let existing = try await ReasonRequestStore.ofParty(pid, decisionID: decision.decisionID, on: connection) {
                try await AuditLog.record(actor: request.actor, .readReasonRequest, caseID: existing.caseID, appealID: nil,
                                          requestID: request.requestID, on: connection)
                return .existing(try await view(existing, for: viewer, request, on: connection))
            }
            let delivery = try await CaseProjection.noticeDelivery(of: decision.decisionID, to: pid, on: connection)
            let assessment = ReasonsRequestRule.assess(
                requestedAt: request.now, reasonsGivenAt: nil,
                notice: NoticeFacts(decisionDate: decision.decisionDate, noticeDeliveredAt: delivery?.at), rules: rules)
            let stored = StoredReasonRequest(
                reasonRequestID: ReasonRequestID(), caseID: input.caseID, decisionID: decision.decisionID, service: decision.service,
                requesterPID: pid, requestedAt: request.now, inTimeAtRequest: assessment.inTime, answeredAt: nil, answeredBy: nil)
            try await ReasonRequestStore.insert(stored, key: key, fingerprint: fingerprint, on: connection)
            let reassessed = try await AppealReassessment.onReasonsRequest(stored, rules: rules, now: request.now, on: connection)
            let eventID = try await events.publish(KlageEventTypes.reasonsRequested, Self.requested(stored), caseID: stored.caseID,
                                                   at: request.now, on: connection)
            try await AuditLog.record(actor: request.actor, .requestReasons, caseID: stored.caseID, appealID: nil,
                                      requestID: request.requestID, on: connection)
            logger.info("reasons requested", metadata: [
                LogKey.caseID: "\(stored.caseID)", "reason_request.id": "\(stored.reasonRequestID)", "decision.id": "\(stored.decisionID)",
                "reason_request.in_time": "\(assessment.inTime)", "appeals.reassessed": "\(reassessed)", LogKey.eventID: "\(eventID)",
            ])
            return .created(try await view(stored, for: viewer, request, on: connection))
        }
    }

    /// Records that the reasons were given, at the server's time (once: a repeat answers the
    /// request as it stands). The employee must be of the decision's service (else 404) with role
    /// `caseworker` or `underinstans` (else 403).
    func answer(_ id: ReasonRequestID, _ request: Request) async throws -> ReasonRequestView {
        try await pool.withTransaction { connection in
            guard let caseID = try await ReasonRequestStore.caseID(of: id, on: connection) else { throw ProblemDetails.noSuchReasonRequest }
            _ = try await CaseProjection.lock(caseID, on: connection)
            guard var stored = try await ReasonRequestStore.load(id, forUpdate: true, on: connection),
                  let viewer = try await viewer(request.caller, of: stored, now: request.now, on: connection)
            else { throw ProblemDetails.noSuchReasonRequest }
            guard case .employee(let mayAnswer) = viewer else {
                throw ProblemDetails.forbidden("This endpoint is for municipal employees.")
            }
            guard mayAnswer else {
                throw ProblemDetails.forbidden("This step requires one of the roles: \(Self.answerRoles.sorted().joined(separator: ", ")).")
            }
            if stored.answeredAt == nil {
                try await ReasonRequestStore.markAnswered(id, at: request.now, by: request.actor, on: connection)
                stored.answeredAt = request.now
                stored.answeredBy = request.actor
                let reassessed = try await AppealReassessment.onReasonsRequest(stored, rules: rules, now: request.now, on: connection)
                let inTime = try await assessment(of: stored, on: connection).inTime
                let eventID = try await events.publish(KlageEventTypes.reasonsGiven, Self.given(stored, at: request.now, inTime: inTime),
                                                       caseID: stored.caseID, at: request.now, on: connection)
                logger.info("reasons given", metadata: [
                    LogKey.caseID: "\(stored.caseID)", "reason_request.id": "\(id)", "appeals.reassessed": "\(reassessed)",
                    "reason_request.in_time": "\(inTime)", LogKey.eventID: "\(eventID)",
                ])
            }
            try await AuditLog.record(actor: request.actor, .reasonsGiven, caseID: stored.caseID, appealID: nil,
                                      requestID: request.requestID, on: connection)
            return try await view(stored, for: viewer, request, on: connection)
        }
    }

    func read(_ id: ReasonRequestID, _ request: Request) async throws -> ReasonRequestView {
        try await pool.withTransaction { connection in
            guard let stored = try await ReasonRequestStore.load(id, on: connection),
                  let viewer = try await viewer(request.caller, of: stored, now: request.now, on: connection)
            else { throw ProblemDetails.noSuchReasonRequest }
            try await AuditLog.record(actor: request.actor, .readReasonRequest, caseID: stored.caseID, appealID: nil,
                                      requestID: request.requestID, on: connection)
            return try await view(stored, for: viewer, request, on: connection)
        }
    }

    /// The viewer `caller` is for `stored`, or `nil` (answer 404): the requester, another current
    /// party to the decision, or an employee of the decision's service.
    private func viewer(_ caller: Caller, of stored: StoredReasonRequest, now: Date,
                        on connection: PostgresConnection) async throws -> ReasonRequestViewer? {
        switch caller {
        case .citizen(let citizen):
            let pid = citizen.nationalIdentityNumber
            if pid == stored.requesterPID { return .citizen(isRequester: true) }
            guard let caseFacts = try await CaseProjection.caseFacts(stored.caseID, on: connection) else { return nil }
            let today = LocalDate(now, in: rules.timeZone)
            return try AppealAccess.isParty(pid, in: caseFacts, service: stored.service, on: today, rules: rules)
                ? .citizen(isRequester: false) : nil
        case .employee(let employee):
            guard employee.service == stored.service.rawValue else { return nil }
            return .employee(mayAnswer: !employee.roles.isDisjoint(with: Self.answerRoles))
        }
    }

    /// The request measured with the facts known now (the requester's notice delivery and the
    /// request's times).
    private func assessment(of stored: StoredReasonRequest, on connection: PostgresConnection) async throws -> ReasonsRequestAssessment {
        guard let decision = try await CaseProjection.decision(stored.decisionID, of: stored.caseID, on: connection) else {
            throw KlageServiceError(.corruptProjection, "A request for reasons names a decision klage does not know")
        }
        let delivery = try await CaseProjection.noticeDelivery(of: stored.decisionID, to: stored.requesterPID, on: connection)
        return ReasonsRequestRule.assess(
            requestedAt: stored.requestedAt, reasonsGivenAt: stored.answeredAt,
            notice: NoticeFacts(decisionDate: decision.decisionDate, noticeDeliveredAt: delivery?.at), rules: rules)
    }

    /// The request as `viewer` sees it, measured with the facts known now.
    private func view(_ stored: StoredReasonRequest, for viewer: ReasonRequestViewer, _ request: Request,
                      on connection: PostgresConnection) async throws -> ReasonRequestView {
        let assessment = try await assessment(of: stored, on: connection)
        return ReasonRequestView(stored, assessment: assessment, viewer: viewer,
                                 text: KlageTexts.reasonsRequest(assessment, weeks: rules.appealDeadlineWeeks, language: request.language))
    }

    // MARK: events

    static func requested(_ stored: StoredReasonRequest) -> ReasonsRequestedV1 {
        ReasonsRequestedV1(caseID: stored.caseID, decisionID: stored.decisionID, service: stored.service,
                           requester: PersonRef(nationalIdentityNumber: stored.requesterPID), reasonRequestID: stored.reasonRequestID,
                           requestedAt: stored.requestedAt, inTime: stored.inTimeAtRequest)
    }

    static func given(_ stored: StoredReasonRequest, at time: Date, inTime: Bool) -> ReasonsGivenV1 {
        ReasonsGivenV1(caseID: stored.caseID, decisionID: stored.decisionID, service: stored.service,
                       requester: PersonRef(nationalIdentityNumber: stored.requesterPID), reasonRequestID: stored.reasonRequestID,
                       givenAt: time, inTime: inTime)
    }
}
