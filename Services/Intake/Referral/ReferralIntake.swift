import Foundation
import IntakeDomain
import InngangModels
import InngangPostgres
import Logging

/// Receives one referral (*henvisning*) from a service employee (`POST /v1/referrals`):
///
/// 1. idempotency: the employee's key and the submission's fingerprint against what is stored
///    (``IdempotencyRule``) — a replay answers with the stored case, a reused key is refused;
/// 2. validation (``ApplicationSubmission/validated(on:)``), with every field problem;
/// 3. the child in the population register: known and aged 0–24; the case's recipients are the
///    child's guardians with parental responsibility and no restricted access (the young person
///    from 18) — the referring employee is not a recipient; nobody to tell is a refusal;
/// 4. routing (``RoutingRules``); the receiving services are the routed ones except the
///    referring service itself;
/// 5. coverage: the consent service must confirm that a valid consent or a recorded legal basis
///    covers sharing the referral's information categories (``ReferralCategories``) with every
///    receiving service for `coordination` (deny when unsure: 503);
/// 6. in **one** transaction, as for an application: the key again, the case number, the
///    coordinator, the case of kind `referral`, its routes and recipients, the referral's record
///    (who, from which service, what covered it, the key) and the events in the outbox.
struct ReferralIntake: Sendable {
    enum Outcome: Sendable, Equatable {
        case created(ApplicationAnswer)
        case replayed(ApplicationAnswer)
    }

    /// Who refers: the service (token), the audit reference, the token to forward to consent.
    struct Referrer: Sendable {
        var service: ServiceCode
        var auditReference: String
        var bearerToken: String
        var requestID: String?
    }

    /// The purpose asked of the consent service.
    static let coveragePurpose = "coordination"

    let pool: PostgresPool
    let settings: IntakeSettings
    let store: CaseStore
    let audit: AuditLog
    let events: CaseEventPublisher
    let coverage: ConsentCoverageClient
    let logger: Logger
    var now: @Sendable () -> Date = { Date() }

    func submit(_ submission: ApplicationSubmission, key: IdempotencyKey, referrer: Referrer) async throws -> Outcome {
        guard referrer.service.isWellFormed else { throw ReferralRefusal.referrerNotIdentified }
        let fingerprint = RequestFingerprint(submission)

        // 1. A retry is answered from what is stored, whatever the register or consent say today.
        if let earlier = try await pool.withTransaction({ conn in
            try await decideOnStoredKey(key: key, fingerprint: fingerprint, referrer: referrer, on: conn)
        }) {
            return earlier
        }

        // 2. Validate.
        let receivedAt = ApplicationIntake.millisecondPrecision(now())
        let receivedOn = LocalDate(receivedAt, in: .oslo)
        let application: ValidApplication
        do { application = try submission.validated(on: receivedOn) } catch {
            throw ReferralRefusal.invalid(error.problems)
        }

        // 3. The child and who is told.
        let recipients = try await recipients(of: application.child, on: receivedOn)

        // 4. Where it goes.
        var seen = Set<ServiceCode>()
        let receivers = settings.rules.route(categories: application.needCategories).map(\.service)
            .filter { $0 != referrer.service && seen.insert($0).inserted }
        guard !receivers.isEmpty else { throw ReferralRefusal.onlyOwnService }

        // 5. Covered?
        let question = ConsentCoverageClient.Question(
            child: application.child.value, to: receivers,
            categories: ReferralCategories.informationCategories(for: application.needCategories), purpose: Self.coveragePurpose)
        let covered: ConsentCoverage
        switch await coverage.coverage(question, bearerToken: referrer.bearerToken, requestID: referrer.requestID) {
        case .covered(let c): covered = c
        case .notCovered(let reason, let service):
            logger.notice("referral not covered", metadata: ["reason": "\(reason)", "service": "\(service ?? "-")"])
            throw ReferralRefusal.notCovered(reason: reason, service: service)
        case .refused(let status):
            logger.warning("consent service refused the coverage question", metadata: ["status": "\(status)"])
            throw ReferralRefusal.notCovered(reason: "coverage-not-confirmed", service: nil)
        case .unavailable:
            logger.warning("consent service unavailable; referral refused for now")
            throw ReferralRefusal.consentUnavailable
        }

        // 6. Create, or decide again after losing a race on the key.
        for attempt in 1...2 {
            do {
                return try await pool.withTransaction { conn in
                    if let earlier = try await decideOnStoredKey(key: key, fingerprint: fingerprint, referrer: referrer, on: conn) {
                        return earlier
                    }
                    return try await create(application, recipients: recipients, coverage: covered, key: key, fingerprint: fingerprint,
                                            referrer: referrer, receivedAt: receivedAt, on: conn)
                }
            } catch let error as PostgresError
                        where attempt == 1 && error.code == .uniqueViolation && error.constraint == ReferralKeyConstraint.name {
                logger.info("referral idempotency key taken by a concurrent request; deciding again")
            }
        }
        throw ReferralRefusal.idempotencyKeyReused
    }

    /// The people told about a referred child's case (deny when unsure).
    private func recipients(of child: NationalIdentityNumber, on date: LocalDate) async throws -> [CaseRecipient] {
        let age = child.age(on: date)
        guard IntakeAgeRange.ages.contains(age) else { throw ReferralRefusal.childNotReferable }
        let record: PersonRecord?
        let guardians: [GuardianRecord]
        do {
            record = try await settings.register.person(child)
            guardians = age >= IntakeAgeRange.adultAge ? [] : try await settings.register.guardians(of: child)
        } catch {
            throw ReferralRefusal.registerUnavailable
        }
        guard let record else { throw ReferralRefusal.childNotReferable }
        if age >= IntakeAgeRange.adultAge {
            return [CaseRecipient(person: child, role: .youngPerson, addressProtection: record.addressProtection)]
        }
        // Passing the child as "applicant" matches no guardian: every eligible guardian, register order.
        let recipients = ApplicantEligibility.recipients(applicant: child, guardians: guardians)
        guard !recipients.isEmpty else { throw ReferralRefusal.noRecipients }
        return recipients
    }

    private func decideOnStoredKey(key: IdempotencyKey, fingerprint: RequestFingerprint, referrer: Referrer,
                                   on conn: PostgresConnection) async throws -> Outcome? {
        let existing = try await store.referralRecord(referrer: referrer.auditReference, key: key, on: conn)
        switch IdempotencyRule.decide(existing: existing, fingerprint: fingerprint) {
        case .create:
            return nil
        case .conflict:
            throw ReferralRefusal.idempotencyKeyReused
        case .replay(let caseID):
            guard let answer = try await store.answer(caseID: caseID, on: conn) else {
                throw PostgresError(code: .decoding, message: "a referral key refers to a missing case")
            }
            try await audit.record(actor: referrer.auditReference, action: .replayReferral, caseID: caseID,
                                   requestID: referrer.requestID, on: conn)
            logger.info("referral replayed", metadata: ["case_id": "\(caseID)"])
            return .replayed(answer)
        }
    }

    private func create(_ application: ValidApplication, recipients: [CaseRecipient], coverage: ConsentCoverage, key: IdempotencyKey,
                        fingerprint: RequestFingerprint, referrer: Referrer, receivedAt: Date,
                        on conn: PostgresConnection) async throws -> Outcome {
        let sequence = try await store.nextCaseSequence(year: LocalDate(receivedAt, in: .oslo).year, on: conn)
        let caseNumber: CaseNumber
        do { caseNumber = try CaseNumbering.caseNumber(receivedAt: receivedAt, sequence: sequence) } catch {
            logger.critical("no case number available", metadata: ["code": "\(error.code)"])
            throw ReferralRefusal.caseNumberUnavailable
        }
        let loads = try await store.openCaseLoads(on: conn)
        // `applicant` is required by AcceptedCase; for a referral it is not stored and the event's
        // recipients are rebuilt (CaseEventPublisher), so the first recipient stands in.
        let accepted = AcceptedCase.accept(
            caseID: CaseID(), caseNumber: caseNumber, receivedAt: receivedAt, applicant: recipients[0].person,
            application: application, recipients: recipients, rules: settings.rules, pool: settings.pool, currentLoads: loads)
        try await store.insert(accepted, rules: settings.rules, kind: .referral, on: conn)
        try await store.insertReferral(caseID: accepted.caseID, service: referrer.service, referrer: referrer.auditReference,
                                       coverage: coverage, key: key, fingerprint: fingerprint, on: conn)
        let published = try await events.publish(accepted, rules: settings.rules, kind: .referral, on: conn)
        try await audit.record(actor: referrer.auditReference, action: .createReferral, caseID: accepted.caseID,
                               requestID: referrer.requestID, on: conn)
        guard let answer = try await store.answer(caseID: accepted.caseID, on: conn) else {
            throw PostgresError(code: .decoding, message: "the case just stored cannot be read back")
        }
        logger.info("referral received", metadata: [
            "case_id": "\(accepted.caseID)", "routes": "\(accepted.routes.count)", "events": "\(published)",
            "referring_service": "\(referrer.service)", "coverage": "\(coverage.basis)",
        ])
        return .created(answer)
    }
}
