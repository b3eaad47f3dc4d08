import IntakeDomain
import InngangService

/// The problem+json answers of intake's refusals. Details are fixed texts: no submitted value,
/// and an eligibility refusal does not say why (whether a child exists, or who its guardians
/// are, is not revealed to the caller).
enum IntakeProblems {
    static func problem(for refusal: SubmissionRefusal) -> ProblemDetails {
        switch refusal {
        case .applicantNotIdentified, .notEligible:
            return .forbidden("You cannot apply for this child through the portal. Contact the municipality if you think this is wrong.")
        case .idempotencyKeyReused:
            return ProblemDetails(
                type: ProblemDetails.typeURI("idempotency-key-reused"), title: "Idempotency-Key already used", status: 422,
                detail: "This Idempotency-Key was already used for a different application. Use a new key for a new application.")
        case .invalid(let problems):
            return .validation(fieldProblems(problems))
        case .registerUnavailable:
            return .unavailable("The population register cannot be reached. Try again later.")
        case .caseNumberUnavailable:
            return .unavailable("Applications cannot be received right now. Try again later.")
        }
    }

    /// A missing, repeated or malformed `Idempotency-Key` header.
    static func badIdempotencyKey(_ detail: String) -> ProblemDetails {
        .badRequest(detail + " Send one Idempotency-Key header of 1–\(IdempotencyKey.maxLength) characters A–Z, a–z, 0–9, '-', '_', '.' or ':' (a UUID fits), and the same key when retrying.")
    }

    /// Domain field problems as problem+json `errors` (pointer and the fixed message).
    static func fieldProblems(_ problems: [FieldProblem]) -> [ProblemDetails.FieldProblem] {
        problems.map { ProblemDetails.FieldProblem(pointer: $0.pointer, detail: $0.message) }
    }
}
