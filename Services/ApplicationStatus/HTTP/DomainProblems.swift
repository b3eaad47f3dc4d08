import ApplicationStatusDomain
import InngangService

extension ProblemDetails {
    /// The one answer for a case the caller may not see, does not exist, or is not received yet.
    static let noSuchCase = ProblemDetails.notFound("No such case.")

    /// A report the service's current state does not allow (e.g. a second in-progress report).
    static func notAllowedInState(_ detail: String) -> ProblemDetails {
        ProblemDetails(type: typeURI("report-not-allowed-in-state"), title: "Report not allowed in the current state", status: 409, detail: detail)
    }

    /// A report naming a task or meeting the case has not got (or that is done or cancelled).
    static func unknownReference(_ detail: String) -> ProblemDetails {
        ProblemDetails(type: typeURI("unknown-reference"), title: "Unknown task or meeting", status: 409, detail: detail)
    }

    /// An `Idempotency-Key` sent again with a different request.
    static let idempotencyKeyReused = ProblemDetails(
        type: typeURI("idempotency-key-reused"), title: "Idempotency-Key already used", status: 422,
        detail: "This Idempotency-Key was used before with a different request.")
}

extension ApplicationStatusDomainError {
    /// The HTTP problem for a domain rejection. Messages carry codes and field pointers, never
    /// submitted values. `unreadableEvent` (a stored event that no longer decodes) is a server
    /// fault: the error itself is thrown, and becomes a 500.
    var problem: any Error {
        switch code {
        case .notFound, .serviceNotRouted: ProblemDetails.noSuchCase
        case .notAllowedInState: ProblemDetails.notAllowedInState(message)
        case .unknownReference: ProblemDetails.unknownReference(message)
        case .invalidReport: ProblemDetails.validation(problems.map { .init(pointer: $0.pointer, detail: $0.detail) })
        default: self
        }
    }
}
