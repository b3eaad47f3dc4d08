import Foundation
import Hummingbird
import IntakeDomain
import InngangModels
import InngangPostgres
import InngangService
import Logging

/// Intake's API (docs/openapi/intake.yaml):
/// - `POST /v1/applications` — a citizen submits an ``ApplicationSubmission`` with an
///   `Idempotency-Key`; `201` + `Location` with the ``ApplicationAnswer``, or `200` +
///   `Idempotent-Replayed: true` with the identical answer for a retry.
/// - `GET /v1/applications/{caseID}` — a recipient of the case reads that answer again;
///   anyone else gets `404`. Each read is audited.
struct ApplicationRoutes: Sendable {
    let intake: ApplicationIntake
    let pool: PostgresPool
    let store: CaseStore
    let audit: AuditLog

    static let collectionPath = "/v1/applications"

    func register(on router: Router<InngangRequestContext>) {
        router.post(RouterPath(Self.collectionPath)) { request, context in try await submit(request, context) }
        router.get(RouterPath(Self.collectionPath + "/{caseID}")) { request, context in try await read(request, context) }
    }

    func submit(_ request: Request, _ context: InngangRequestContext) async throws -> Response {
        let citizen = try context.requireCitizen()
        let key = try IdempotencyKeyHeader.key(of: request)
        let submission = try await request.decodeBody(as: ApplicationSubmission.self, context: context)
        let caller = ApplicationIntake.Caller(nationalIdentityNumber: citizen.nationalIdentityNumber,
                                              auditReference: Caller.citizen(citizen).auditReference, requestID: context.requestID)
        let outcome: ApplicationIntake.Outcome
        do { outcome = try await intake.submit(submission, key: key, caller: caller) } catch let refusal as SubmissionRefusal {
            throw IntakeProblems.problem(for: refusal)
        }
        switch outcome {
        case .created(let answer):
            return try Self.response(answer, status: .created, replayed: false)
        case .replayed(let answer):
            return try Self.response(answer, status: .ok, replayed: true)
        }
    }

    func read(_ request: Request, _ context: InngangRequestContext) async throws -> Response {
        let citizen = try context.requireCitizen()
        guard let raw = context.parameters.get("caseID"), let caseID = CaseID(raw),
              let reader = try? NationalIdentityNumber(citizen.nationalIdentityNumber) else {
            throw ProblemDetails.notFound()
        }
        let actor = Caller.citizen(citizen).auditReference
        let answer = try await pool.withTransaction { conn -> ApplicationAnswer? in
            guard let answer = try await store.answer(caseID: caseID, recipient: reader, on: conn) else { return nil }
            try await audit.record(actor: actor, action: .readApplication, caseID: caseID, requestID: context.requestID, on: conn)
            return answer
        }
        guard let answer else { throw ProblemDetails.notFound() }
        return try Self.response(answer, status: .ok, replayed: nil)
    }

    /// The JSON answer with `Location` (submissions) and `Idempotent-Replayed` (replays).
    static func response(_ answer: ApplicationAnswer, status: HTTPResponse.Status, replayed: Bool?) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let replayed {
            headers[.location] = collectionPath + "/" + answer.caseID.description
            if replayed { headers[.idempotentReplayed] = "true" }
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try answer.json())))
    }
}
