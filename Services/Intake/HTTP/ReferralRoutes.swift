import Foundation
import Hummingbird
import IntakeDomain
import InngangModels
import InngangService
import Logging

/// `POST /v1/referrals` (docs/openapi/intake.yaml): a service employee refers a child. The body is
/// an ``ApplicationSubmission``; the referring service is the token's. `Idempotency-Key`
/// required (scoped to the employee). `201` + `Location` with the ``ApplicationAnswer`` of the new
/// case (kind `referral`), or `200` + `Idempotent-Replayed: true` for a retry. Not covered by
/// consent or a legal basis → `403` `referral-not-covered` (with `reason`); the consent service or
/// the register unsure → `503`.
struct ReferralRoutes: Sendable {
    let intake: ReferralIntake

    static let path = "/v1/referrals"

    func register(on router: Router<InngangRequestContext>) {
        router.post(RouterPath(Self.path)) { request, context in try await refer(request, context) }
    }

    func refer(_ request: Request, _ context: InngangRequestContext) async throws -> Response {
        let employee = try context.requireEmployee(anyRole: ["caseworker", "coordinator"])
        let key = try IdempotencyKeyHeader.key(of: request)
        let submission = try await request.decodeBody(as: ApplicationSubmission.self, context: context)
        guard let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") else {
            throw ProblemDetails.unauthorized("This endpoint requires a bearer token.")
        }
        let referrer = ReferralIntake.Referrer(
            service: ServiceCode(rawValue: employee.service), auditReference: Caller.employee(employee).auditReference,
            bearerToken: String(authorization.dropFirst("bearer ".count)), requestID: context.requestID)
        let outcome: ReferralIntake.Outcome
        do { outcome = try await intake.submit(submission, key: key, referrer: referrer) } catch let refusal as ReferralRefusal {
            return try ReferralProblems.response(for: refusal, path: request.uri.path)
        }
        switch outcome {
        case .created(let answer): return try ApplicationRoutes.response(answer, status: .created, replayed: false)
        case .replayed(let answer): return try ApplicationRoutes.response(answer, status: .ok, replayed: true)
        }
    }
}

/// The problem+json answers of refused referrals. The referring employee may learn why (it is
/// their own request): a referral not covered carries the consent check's `reason` code and the
/// first receiving `service` not covered as extension members. No submitted value is echoed.
enum ReferralProblems {
    /// A problem with the two extension members of `referral-not-covered`.
    struct NotCovered: Encodable {
        var type = ProblemDetails.typeURI("referral-not-covered")
        var title = "The referral is not covered"
        var status = 403
        var detail = "Neither a valid consent nor a recorded legal basis covers sharing this referral's information with every service it goes to. Ask the family for consent, or record the legal basis, and refer again."
        var instance: String
        var reason: String
        var service: String?
    }

    static func response(for refusal: ReferralRefusal, path: String) throws -> Response {
        switch refusal {
        case .notCovered(let reason, let service):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let body = try encoder.encode(NotCovered(instance: path, reason: reason, service: service))
            return Response(status: .forbidden, headers: [.contentType: ProblemDetails.mediaType],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        default:
            throw problem(for: refusal)
        }
    }

    static func problem(for refusal: ReferralRefusal) -> ProblemDetails {
        switch refusal {
        case .referrerNotIdentified:
            return .forbidden("The token's service is not a valid service code.")
        case .idempotencyKeyReused:
            return ProblemDetails(
                type: ProblemDetails.typeURI("idempotency-key-reused"), title: "Idempotency-Key already used", status: 422,
                detail: "This Idempotency-Key was already used for a different referral. Use a new key for a new referral.")
        case .invalid(let problems):
            return .validation(IntakeProblems.fieldProblems(problems))
        case .childNotReferable:
            return .validation([.init(pointer: "/child", detail: "The population register does not know this child, or the child is not 0–24 years old.")])
        case .noRecipients:
            return .validation([.init(pointer: "/child", detail: "No guardian with parental responsibility can be told about a referral of this child through Inngang. Contact the coordinators.")])
        case .onlyOwnService:
            return .validation([.init(pointer: "/needs/categories", detail: "These needs route only to your own service: there is nobody to refer to.")])
        case .notCovered:
            return .forbidden("The referral is not covered by consent or a legal basis.")
        case .registerUnavailable:
            return .unavailable("The population register cannot be reached. Try again later.")
        case .consentUnavailable:
            return .unavailable("The consent service cannot confirm that the referral is covered right now. Try again later with the same Idempotency-Key.")
        case .caseNumberUnavailable:
            return .unavailable("Referrals cannot be received right now. Try again later.")
        }
    }
}
