import InngangService
import KlageDomain

extension ProblemDetails {
    /// The one answer for an appeal the caller may not see or that does not exist.
    static let noSuchAppeal = ProblemDetails.notFound("No such appeal.")
    /// The one answer when the case or decision is unknown, or the caller is not a party to it:
    /// the answer never reveals whether a case or decision exists.
    static let noSuchDecision = ProblemDetails.notFound("No such case or decision for you.")

    /// The one answer for a request for reasons the caller may not see or that does not exist.
    static let noSuchReasonRequest = ProblemDetails.notFound("No such request for reasons.")

    /// An `Idempotency-Key` sent again with a different request for reasons.
    static let reasonRequestKeyReused = ProblemDetails(
        type: typeURI("idempotency-key-reused"), title: "Idempotency-Key already used", status: 422,
        detail: "This Idempotency-Key was used before with a different request. Use a new key for a new request.")

    /// The decision cannot be appealed (a full grant).
    static let notAppealable = ProblemDetails(
        type: typeURI("decision-not-appealable"), title: "The decision cannot be appealed", status: 409,
        detail: "The decision granted what was applied for; there is nothing to appeal.")

    /// The appellant already has an open appeal against this decision.
    static let appealAlreadyOpen = ProblemDetails(
        type: typeURI("appeal-already-open"), title: "An appeal is already being handled", status: 409,
        detail: "You already have an appeal against this decision that is being handled. Complete or follow that appeal instead.")

    /// A closed appeal takes no further steps.
    static let appealClosed = ProblemDetails(
        type: typeURI("appeal-closed"), title: "The appeal is closed", status: 409, detail: "The appeal has been decided; no further steps can be recorded.")

    /// An `Idempotency-Key` sent again with a different request.
    static let idempotencyKeyReused = ProblemDetails(
        type: typeURI("idempotency-key-reused"), title: "Idempotency-Key already used", status: 422,
        detail: "This Idempotency-Key was used before with a different appeal. Use a new key for a new appeal.")

    /// A 409 for a step the appeal's state does not allow.
    static func stepNotAllowed(_ slug: String, _ detail: String) -> ProblemDetails {
        ProblemDetails(type: typeURI(slug), title: "Not allowed in the appeal's current state", status: 409, detail: detail)
    }

    /// One field problem (422, type `validation`).
    static func field(_ pointer: String, _ detail: String) -> ProblemDetails {
        .validation([FieldProblem(pointer: pointer, detail: detail)])
    }
}

extension KlageDomainError {
    /// The HTTP problem for a rule's refusal. Domain messages name codes and stages, never
    /// submitted text or personal data, so they are safe as `detail`.
    ///
    /// | code | status | problem type |
    /// |---|---|---|
    /// | notAParty | 404 | not-found (existence is not revealed) |
    /// | textTooLong, tooManyAttachments, expectedDateNotInFuture | 422 | validation |
    /// | illegalTransition | 409 | appeal-illegal-transition |
    /// | lateAppealNotAdmitted | 409 | appeal-late-not-admitted |
    /// | cannotBeConsidered | 409 | appeal-cannot-be-considered |
    /// | notLate, alreadyAdmitted, timelinessUndetermined | 409 | appeal-not-late, appeal-already-admitted, appeal-timeliness-undetermined |
    func problem(textPointer: String = "/changeWanted") -> ProblemDetails {
        switch code {
        case .notAParty: .noSuchDecision
        case .textTooLong: .field(textPointer, "At most \(AppealFormRule.maxTextLength) characters.")
        case .tooManyAttachments: .field("/attachments", "At most \(AppealFormRule.maxAttachments) attachments.")
        case .expectedDateNotInFuture: .field("/expectedBy", "Must be after today (Europe/Oslo).")
        case .lateAppealNotAdmitted: .stepNotAllowed("appeal-late-not-admitted", message)
        case .cannotBeConsidered: .stepNotAllowed("appeal-cannot-be-considered", message)
        case .notLate: .stepNotAllowed("appeal-not-late", message)
        case .alreadyAdmitted: .stepNotAllowed("appeal-already-admitted", message)
        case .timelinessUndetermined: .stepNotAllowed("appeal-timeliness-undetermined", message)
        default: .stepNotAllowed("appeal-illegal-transition", message)
        }
    }
}
