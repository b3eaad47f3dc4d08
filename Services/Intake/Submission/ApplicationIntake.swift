import Foundation
import IntakeDomain
import InngangModels
import InngangPostgres
import Logging

/// Receives one application, in the order of ``IntakeDomainOverview``:
///
/// 1. idempotency: the applicant's key and the submission's fingerprint against what is stored
///    (``IdempotencyRule``) — a replay answers with the stored case, a reused key is refused;
/// 2. validation (``ApplicationSubmission/validated(on:)``), with every field problem;
/// 3. eligibility against the population register (deny when unsure);
/// 4. in **one** transaction: the idempotency rule again, the year's next case number
///    (``CaseNumbering``), the coordinators' open-case loads, ``AcceptedCase/accept``, the case,
///    its routes and recipients, the idempotency key and the events in the outbox.
///
/// A concurrent request with the same key loses on the key's unique constraint; its transaction
/// is rolled back (nothing half-written, its case number given back) and it decides again on
/// what the winner stored.
struct ApplicationIntake: Sendable {
    /// A submission's result: a new case, or the case an earlier request with the same key made.
    enum Outcome: Sendable, Equatable {
        case created(ApplicationAnswer)
        case replayed(ApplicationAnswer)
    }

    let pool: PostgresPool
    let settings: IntakeSettings
    let store: CaseStore
    let audit: AuditLog
    let events: CaseEventPublisher
    let logger: Logger
    /// The clock (tests may fix it).
    var now: @Sendable () -> Date = { Date() }

    /// Who is asking: the applicant's national identity number (from the token) and the
    /// pseudonymous references for the audit log.
    struct Caller: Sendable {
        var nationalIdentityNumber: String
        var auditReference: String
        var requestID: String?
    }

    func submit(_ submission: ApplicationSubmission, key: IdempotencyKey, caller: Caller) async throws -> Outcome {
        guard let applicant = try? NationalIdentityNumber(caller.nationalIdentityNumber) else {
            throw SubmissionRefusal.applicantNotIdentified
        }
        let fingerprint = RequestFingerprint(submission)

        // 1. A retry is answered from what is stored, whatever the register says today.
        if let earlier = try await pool.withTransaction({ conn in
            try await decideOnStoredKey(applicant: applicant, key: key, fingerprint: fingerprint, caller: caller, on: conn)
        }) {
            return earlier
        }

        // 2.–3. Validate and check eligibility outside the transaction (the register is a remote
        // boundary in production).
        let receivedAt = Self.millisecondPrecision(now())
        let receivedOn = LocalDate(receivedAt, in: .oslo)
        let application: ValidApplication
        do { application = try submission.validated(on: receivedOn) } catch {
            throw SubmissionRefusal.invalid(error.problems)
        }
        let decision = await ApplicantEligibility.check(applicant: applicant, child: application.child, on: receivedOn,
                                                        register: settings.register)
        let recipients: [CaseRecipient]
        switch decision {
        case .eligible(let r): recipients = r
        case .refused(.registerUnavailable): throw SubmissionRefusal.registerUnavailable
        case .refused(let refusal):
            logger.notice("application refused", metadata: ["refusal": "\(refusal.rawValue)"])
            throw SubmissionRefusal.notEligible(refusal)
        }

        // 4. Create, or decide again after losing a race on the key.
        for attempt in 1...2 {
            do {
                return try await pool.withTransaction { conn in
                    if let earlier = try await decideOnStoredKey(applicant: applicant, key: key, fingerprint: fingerprint,
                                                                  caller: caller, on: conn) {
                        return earlier
                    }
                    return try await create(application, applicant: applicant, recipients: recipients, key: key,
                                            fingerprint: fingerprint, receivedAt: receivedAt, caller: caller, on: conn)
                }
            } catch let error as PostgresError
                        where attempt == 1 && error.code == .uniqueViolation && error.constraint == IdempotencyKeyConstraint.name {
                logger.info("idempotency key taken by a concurrent request; deciding again")
            }
        }
        // The second attempt sees the winner's key, so it never reaches here.
        throw SubmissionRefusal.idempotencyKeyReused
    }

    /// Applies ``IdempotencyRule`` to the stored record of `key`: `nil` when there is none (create).
    private func decideOnStoredKey(applicant: NationalIdentityNumber, key: IdempotencyKey, fingerprint: RequestFingerprint,
                                   caller: Caller, on conn: PostgresConnection) async throws -> Outcome? {
        let existing = try await store.idempotencyRecord(applicant: applicant, key: key, on: conn)
        switch IdempotencyRule.decide(existing: existing, fingerprint: fingerprint) {
        case .create:
            return nil
        case .conflict:
            throw SubmissionRefusal.idempotencyKeyReused
        case .replay(let caseID):
            guard let answer = try await store.answer(caseID: caseID, on: conn) else {
                throw PostgresError(code: .decoding, message: "an idempotency key refers to a missing case")
            }
            try await audit.record(actor: caller.auditReference, action: .replayApplication, caseID: caseID,
                                   requestID: caller.requestID, on: conn)
            logger.info("application replayed", metadata: ["case_id": "\(caseID)"])
            return .replayed(answer)
        }
    }

    /// Steps 4–6 of ``IntakeDomainOverview`` inside the caller's transaction.
    private func create(_ application: ValidApplication, applicant: NationalIdentityNumber, recipients: [CaseRecipient],
                        key: IdempotencyKey, fingerprint: RequestFingerprint, receivedAt: Date, caller: Caller,
                        on conn: PostgresConnection) async throws -> Outcome {
        let sequence = try await store.nextCaseSequence(year: LocalDate(receivedAt, in: .oslo).year, on: conn)
        let caseNumber: CaseNumber
        do { caseNumber = try CaseNumbering.caseNumber(receivedAt: receivedAt, sequence: sequence) } catch {
            logger.critical("no case number available", metadata: ["code": "\(error.code)"])
            throw SubmissionRefusal.caseNumberUnavailable
        }
        let loads = try await store.openCaseLoads(on: conn)
        let accepted = AcceptedCase.accept(
            caseID: CaseID(), caseNumber: caseNumber, receivedAt: receivedAt, applicant: applicant, application: application,
            recipients: recipients, rules: settings.rules, pool: settings.pool, currentLoads: loads)
        try await store.insert(accepted, rules: settings.rules, on: conn)
        try await store.insertIdempotencyKey(applicant: applicant, key: key, fingerprint: fingerprint, caseID: accepted.caseID, on: conn)
        let published = try await events.publish(accepted, rules: settings.rules, on: conn)
        try await audit.record(actor: caller.auditReference, action: .createApplication, caseID: accepted.caseID,
                               requestID: caller.requestID, on: conn)
        guard let answer = try await store.answer(caseID: accepted.caseID, on: conn) else {
            throw PostgresError(code: .decoding, message: "the case just stored cannot be read back")
        }
        logger.info("application received", metadata: [
            "case_id": "\(accepted.caseID)", "routes": "\(accepted.routes.count)", "events": "\(published)",
            "coordinator_assigned": "\(accepted.coordinator != nil)",
            "follow_ups": "\(accepted.followUps.map(\.rawValue).joined(separator: ","))",
        ])
        return .created(answer)
    }

    /// Whole milliseconds: what the answer shows and the database keeps, so every answer for a
    /// case is identical.
    static func millisecondPrecision(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
