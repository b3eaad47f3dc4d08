import ConsentDomain
import InngangModels
import InngangPostgres

/// The consent service's audit trail: one row per read or check of a consent's personal data
/// through the API by a person (and per write), in the same transaction. The actor is the
/// caller's pseudonymous `auditReference`; the child's number is kept here (this database holds
/// it anyway) so every lookup about a child can be listed.
enum AuditLog {
    /// What was done.
    struct Action: RawRepresentable, Sendable, Hashable {
        var rawValue: String
        static let requestConsent = Action(rawValue: "request-consent")
        static let listConsents = Action(rawValue: "list-consents")
        static let readConsent = Action(rawValue: "read-consent")
        static let readReceipt = Action(rawValue: "read-receipt")
        static let answerConsent = Action(rawValue: "answer-consent")
        static let withdrawConsent = Action(rawValue: "withdraw-consent")
        static let checkConsent = Action(rawValue: "consent-check")
        static let recordLegalBasis = Action(rawValue: "record-legal-basis")
        static let referralCoverage = Action(rawValue: "referral-coverage")
    }

    static func record(actor: String, _ action: Action, consentID: ConsentID? = nil, legalBasisID: LegalBasisID? = nil,
                       child: String? = nil, outcome: String? = nil, requestID: String?, on conn: PostgresConnection) async throws {
        try await conn.query("""
            INSERT INTO audit_log (actor, action, consent_id, legal_basis_id, child_pid, outcome, request_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, [actor, action.rawValue, consentID?.rawValue, legalBasisID?.rawValue, child, outcome, requestID])
    }
}
