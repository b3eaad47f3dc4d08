import Foundation
import IntakeDomain
import InngangModels
import InngangPostgres

/// Intake's SQL, one statement per function, each on the caller's connection (and so inside the
/// caller's transaction). Parameters are always bound.
struct CaseStore: Sendable {
    /// The stored idempotency record of `key` for `applicant`, if any.
    func idempotencyRecord(applicant: NationalIdentityNumber, key: IdempotencyKey,
                           on conn: PostgresConnection) async throws -> IdempotencyRecord? {
        let rows = try await conn.query("""
            SELECT fingerprint, case_id FROM idempotency_keys WHERE applicant_pid = $1 AND idempotency_key = $2
            """, [applicant.value, key.rawValue])
        guard let row = rows.first else { return nil }
        return IdempotencyRecord(key: key, fingerprint: RequestFingerprint(rawValue: try row.decode(0, as: String.self)),
                                 caseID: CaseID(try row.decode(1, as: UUID.self)))
    }

    /// Takes the next case-number sequence of `year`. The upsert locks the year's row until the
    /// transaction ends: concurrent submissions queue here, which also makes the coordinator loads
    /// read afterwards in the same transaction current.
    func nextCaseSequence(year: Int, on conn: PostgresConnection) async throws -> Int {
        let rows = try await conn.query("""
            INSERT INTO case_number_sequences (year, last_sequence) VALUES ($1, 1)
            ON CONFLICT (year) DO UPDATE SET last_sequence = case_number_sequences.last_sequence + 1
            RETURNING last_sequence
            """, [year])
        return try rows[0].decode(0, as: Int.self)
    }

    /// Open cases per coordinator id (the loads ``CoordinatorAssignment`` balances).
    func openCaseLoads(on conn: PostgresConnection) async throws -> [String: Int] {
        let rows = try await conn.query("""
            SELECT coordinator_id, count(*) FROM cases
            WHERE coordinator_id IS NOT NULL AND closed_at IS NULL GROUP BY coordinator_id
            """)
        var loads: [String: Int] = [:]
        for row in rows { loads[try row.decode(0, as: String.self)] = try row.decode(1, as: Int.self) }
        return loads
    }

    /// Stores an accepted case: the case row, its routes and its recipients. A referral's case
    /// (`kind` `.referral`) is stored without an applicant.
    func insert(_ accepted: AcceptedCase, rules: RoutingRules, kind: CaseReceivedV1.Kind = .application,
                on conn: PostgresConnection) async throws {
        let encoder = EventJSON.encoder
        func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        let coordinator = try accepted.coordinator.map { try json(ApplicationAnswer.CoordinatorContact($0)) }
        try await conn.query("""
            INSERT INTO cases (case_id, case_number, municipality, applicant_pid, child_pid, received_at,
                               application, receipt, coordinator_id, coordinator, follow_ups, kind)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10::jsonb, $11::jsonb, $12)
            """, [accepted.caseID.rawValue, accepted.caseNumber.description, accepted.municipality,
                  kind == .application ? accepted.applicant.value : nil,
                  accepted.application.child.value, accepted.receivedAt, try json(accepted.application), try json(accepted.receipt),
                  accepted.coordinator?.id, coordinator, try json(accepted.followUps), kind.rawValue])
        for (position, route) in accepted.routes.enumerated() {
            try await conn.query("""
                INSERT INTO case_routes (case_id, position, service, matched_categories, is_fallback, processing_time_working_days)
                VALUES ($1, $2, $3, $4::jsonb, $5, $6)
                """, [accepted.caseID.rawValue, position, route.service.rawValue, try json(route.matchedCategories.map(\.rawValue)),
                      route.isFallback, rules.processingTime(for: route.service)])
        }
        for (position, recipient) in accepted.recipients.enumerated() {
            try await conn.query("""
                INSERT INTO case_recipients (case_id, pid, position, role, address_protection) VALUES ($1, $2, $3, $4, $5)
                """, [accepted.caseID.rawValue, recipient.person.value, position, recipient.role.rawValue,
                      recipient.addressProtection.rawValue])
        }
    }

    /// Records that `applicant`'s `key` created `caseID`. A concurrent request with the same key
    /// fails here with a unique violation (``IdempotencyKeyConstraint/name``).
    func insertIdempotencyKey(applicant: NationalIdentityNumber, key: IdempotencyKey, fingerprint: RequestFingerprint,
                              caseID: CaseID, on conn: PostgresConnection) async throws {
        try await conn.query("""
            INSERT INTO idempotency_keys (applicant_pid, idempotency_key, fingerprint, case_id) VALUES ($1, $2, $3, $4)
            """, [applicant.value, key.rawValue, fingerprint.rawValue, caseID.rawValue])
    }

    /// The answer for a case, built from what was stored; `nil` when there is no such case, or
    /// (with `recipient`) when that person is not one of the case's recipients.
    func answer(caseID: CaseID, recipient: NationalIdentityNumber? = nil, on conn: PostgresConnection) async throws -> ApplicationAnswer? {
        let rows = try await conn.query("""
            SELECT c.case_number, c.received_at, c.receipt::text, c.coordinator::text,
                   (SELECT coalesce(json_agg(r.service ORDER BY r.position), '[]'::json)::text
                      FROM case_routes r WHERE r.case_id = c.case_id)
            FROM cases c
            WHERE c.case_id = $1
              AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM case_recipients p WHERE p.case_id = c.case_id AND p.pid = $2::text))
            """, [caseID.rawValue, recipient?.value])
        guard let row = rows.first else { return nil }
        let decoder = EventJSON.decoder
        func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T { try decoder.decode(T.self, from: Data(text.utf8)) }
        guard let caseNumber = CaseNumber(try row.decode(0, as: String.self)) else {
            throw PostgresError(code: .decoding, message: "cases.case_number is not a case number")
        }
        let receipt = try decode(Receipt.self, try row.decode(2, as: String.self))
        let coordinator = try row.decodeIfPresent(3, as: String.self).map { try decode(ApplicationAnswer.CoordinatorContact.self, $0) }
        return ApplicationAnswer(
            caseID: caseID, caseNumber: caseNumber, receivedAt: try row.decode(1, as: Date.self),
            receipt: .init(language: receipt.language, title: receipt.title, lines: receipt.lines),
            services: try decode([ServiceCode].self, try row.decode(4, as: String.self)), coordinator: coordinator)
    }
}

extension CaseStore {
    /// The stored referral made with `key` by `referrer` (an employee's audit reference), if any.
    func referralRecord(referrer: String, key: IdempotencyKey, on conn: PostgresConnection) async throws -> IdempotencyRecord? {
        let rows = try await conn.query("""
            SELECT fingerprint, case_id FROM case_referrals WHERE referred_by = $1 AND idempotency_key = $2
            """, [referrer, key.rawValue])
        guard let row = rows.first else { return nil }
        return IdempotencyRecord(key: key, fingerprint: RequestFingerprint(rawValue: try row.decode(0, as: String.self)),
                                 caseID: CaseID(try row.decode(1, as: UUID.self)))
    }

    /// Records who referred `caseID`, what covered it and the employee's key. A concurrent request
    /// with the same key fails here with a unique violation (``ReferralKeyConstraint/name``).
    func insertReferral(caseID: CaseID, service: ServiceCode, referrer: String, coverage: ConsentCoverage, key: IdempotencyKey,
                        fingerprint: RequestFingerprint, on conn: PostgresConnection) async throws {
        let ids = String(decoding: try EventJSON.encoder.encode(coverage.ids), as: UTF8.self)
        try await conn.query("""
            INSERT INTO case_referrals (case_id, referring_service, referred_by, coverage_basis, coverage_ids, idempotency_key, fingerprint)
            VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
            """, [caseID.rawValue, service.rawValue, referrer, coverage.basis, ids, key.rawValue, fingerprint.rawValue])
    }
}

/// The unique constraint that settles concurrent referrals with one employee's idempotency key.
enum ReferralKeyConstraint {
    static let name = "case_referrals_key_unique"
}

/// The unique constraint that settles concurrent submissions with one idempotency key.
enum IdempotencyKeyConstraint {
    static let name = "idempotency_keys_pkey"
}
