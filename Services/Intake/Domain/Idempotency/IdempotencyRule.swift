import InngangModels

/// What a stored idempotency key already stands for.
public struct IdempotencyRecord: Sendable, Hashable, Codable {
    public var key: IdempotencyKey
    public var fingerprint: RequestFingerprint
    public var caseID: CaseID
    public init(key: IdempotencyKey, fingerprint: RequestFingerprint, caseID: CaseID) {
        self.key = key
        self.fingerprint = fingerprint
        self.caseID = caseID
    }
}

/// A retried submission must never create a second case.
///
/// Rule (per applicant and key): no record → create the case and store the key with the
/// fingerprint in the **same transaction** as the case (a unique constraint on
/// (applicant, key) settles a race: the loser re-reads and decides again); same key and same
/// fingerprint → answer with the existing case (HTTP: the same 201/200 answer again); same key,
/// different fingerprint → conflict, nothing is created (the IETF Idempotency-Key draft answers
/// 422 for a reused key with another payload; 409 is for a first request still in flight).
public enum IdempotencyRule {
    public enum Outcome: Sendable, Hashable {
        /// First time: create the case.
        case create
        /// A retry: return this existing case.
        case replay(CaseID)
        /// The key was used for a different request.
        case conflict
    }

    public static func decide(existing: IdempotencyRecord?, fingerprint: RequestFingerprint) -> Outcome {
        guard let existing else { return .create }
        return existing.fingerprint == fingerprint ? .replay(existing.caseID) : .conflict
    }
}
