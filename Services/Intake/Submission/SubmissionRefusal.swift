import IntakeDomain

/// Why intake did not accept a submission. The HTTP layer turns each into a problem
/// (``IntakeProblems``); none carries a submitted value.
enum SubmissionRefusal: Error, Sendable, Equatable {
    /// The caller's token does not carry a valid national identity number.
    case applicantNotIdentified
    /// The `Idempotency-Key` was already used by this applicant for a different submission.
    case idempotencyKeyReused
    /// The submission failed validation: every problem, by JSON pointer.
    case invalid([FieldProblem])
    /// The applicant may not apply for this child (``ApplicantEligibility``).
    case notEligible(ApplicantEligibility.Refusal)
    /// The population register could not answer: deny for now, retry later.
    case registerUnavailable
    /// No case number can be formed (the year's sequence is exhausted).
    case caseNumberUnavailable
}
