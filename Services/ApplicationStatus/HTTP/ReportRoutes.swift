import ApplicationStatusDomain
import Foundation
import HTTPTypes
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService

/// `POST /v1/cases/{caseID}/reports/{kind}`: a caseworker of a service the case is routed to
/// reports progress. The reporting service is the token's `service`.
///
/// Every report carries an `Idempotency-Key` (400 without). In one transaction: lock the case row,
/// replay an earlier answer for the same key, fold the timeline, validate with ``ReportValidation``, then store the
/// event and its free text, append it to the outbox (`statusProgress`, key = case id), remember
/// the answer for the key and write the audit row. Nothing is half-written: any failure rolls
/// all of it back.
struct ReportRoutes: Sendable {
    let context: ServiceContext
    /// Largest report body accepted (texts are at most 2000 characters).
    static let maxBodyBytes = 64 * 1024
    static let replayedField = HTTPField.Name("Idempotent-Replayed")!

    func register(on router: Router<InngangRequestContext>) {
        router.post("/v1/cases/:caseID/reports/:kind", use: report)
    }

    enum Outcome: Sendable {
        /// The response body, and the new event for the log line written after commit.
        case created(Data, eventID: String, eventType: String)
        /// The stored response of an earlier request with the same `Idempotency-Key`.
        case replayed(String)
    }

    @Sendable func report(_ request: Request, context requestContext: InngangRequestContext) async throws -> Response {
        let employee = try requestContext.requireEmployee(anyRole: ["caseworker"])
        let actor = try requestContext.requireCaller().auditReference
        let service = ServiceCode(rawValue: employee.service)
        guard service.isWellFormed else { throw ProblemDetails.forbidden("The token's service is not a valid service code.") }
        let caseID = try RequestInputs.caseID(requestContext)
        guard let kind = requestContext.parameters.get("kind", as: ReportPath.self) else {
            throw ProblemDetails.notFound("No such report kind.")
        }
        let key = try IdempotencyKeyRequirement.require(RequestInputs.idempotencyKey(request), per: "report")
        let body = try await request.body.collect(upTo: Self.maxBodyBytes)
        let submission = try ReportSubmission(kind: kind, body: Data(buffer: body))
        let fingerprint = try submission.fingerprint(caseID: caseID, kind: kind)
        let now = Date()

        let outcome = try await context.pool.withTransaction { connection -> Outcome in
            guard try await CaseDirectory.lock(caseID, on: connection) else { throw ProblemDetails.noSuchCase }
            // Access first: an idempotency answer must not reveal that another service's case exists.
            let timeline = CaseTimeline.fold(caseID: caseID, try await CaseEventStore.events(of: caseID, on: connection))
            guard CaseAccess.canView(.caseworker(service: service, employeeID: employee.subject), timeline) else {
                throw ProblemDetails.noSuchCase
            }
            switch try await ReportIdempotency.lookup(service: service, key: key, fingerprint: fingerprint, on: connection) {
            case .unused: break
            case .replay(let response): return .replayed(response)
            case .reusedForOtherRequest: throw ProblemDetails.idempotencyKeyReused
            }
            let accepted: AnyAcceptedReport
            do throws(ApplicationStatusDomainError) {
                accepted = try submission.accept(
                    on: timeline, context: ReportContext(service: service, reportedBy: employee.subject, now: now))
            } catch {
                throw error.problem
            }
            let event = try accepted.cloudEvent(context, caseID: caseID, time: now)
            try await CaseEventStore.insert(event, as: RecordedEvent(id: event.id, event: accepted.timelineEvent), on: connection)
            if let text = accepted.text {
                try await CaseEventStore.insertText(text, eventID: event.id, on: connection)
            }
            try await context.publish(event, topic: InngangTopic.statusProgress, key: caseID.description, on: connection)
            let response = try JSONBody.encode(ReportResponse(event: event, fact: accepted.timelineEvent))
            let stored = try await ReportIdempotency.store(
                service: service, key: key, fingerprint: fingerprint, caseID: caseID, eventID: event.id,
                response: String(decoding: response, as: UTF8.self), on: connection)
            guard stored else { throw ProblemDetails.idempotencyKeyReused }
            try await AuditLog.record(actor: actor, .report(kind.rawValue), caseID: caseID, on: connection)
            return .created(response, eventID: event.id, eventType: event.type)
        }

        switch outcome {
        case .created(let response, let eventID, let eventType):
            requestContext.logger.info("report accepted", metadata: [
                LogKey.caseID: "\(caseID)", LogKey.eventID: "\(eventID)", LogKey.eventType: "\(eventType)",
            ])
            return JSONBody.response(bytes: response, status: .created)
        case .replayed(let response):
            return JSONBody.response(bytes: Array(response.utf8), status: .created, headers: [Self.replayedField: "true"])
        }
    }
}
