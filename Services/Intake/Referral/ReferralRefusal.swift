import IntakeDomain

/// Why intake did not accept a referral. The HTTP layer turns each into a problem
/// (``ReferralProblems``); none carries a submitted value or a national identity number.
enum ReferralRefusal: Error, Sendable, Equatable {
    /// The token's service is not a valid service code.
    case referrerNotIdentified
    /// The `Idempotency-Key` was already used by this employee for a different referral.
    case idempotencyKeyReused
    /// The submission failed validation: every problem, by JSON pointer.
    case invalid([FieldProblem])
    /// The population register does not know the child, or the child is outside 0–24.
    case childNotReferable
    /// Nobody can be told about the case: no guardian with parental responsibility and no
    /// restricted access (a child under 18).
    case noRecipients
    /// The needs route only to the referring service itself: nothing is referred to anyone.
    case onlyOwnService
    /// Neither a valid consent nor a recorded legal basis covers the referral.
    case notCovered(reason: String, service: String?)
    /// The population register could not answer: deny for now.
    case registerUnavailable
    /// The consent service could not answer: deny for now.
    case consentUnavailable
    /// No case number can be formed.
    case caseNumberUnavailable
}
