import ConsentDomain
import Foundation
import InngangModels
import InngangPostgres

/// One consent as stored: its id, the service of the employee who requested it, and its whole
/// fact history in order (fold it with ``ConsentLifecycle/fold(_:rules:)``).
struct StoredConsent: Sendable {
    var id: ConsentID
    var requestedByService: ServiceCode
    var facts: [ConsentFact]
    /// `false` when a stored fact could not be decoded: nothing about this consent can be trusted
    /// (a check denies, ``DenyReason/historyUnreadable``).
    var readable: Bool = true

    /// The state of the consent: the fold of its history. Throws when the history is unreadable
    /// or malformed.
    func record(rules: AgeRules) throws -> ConsentRecord {
        guard readable else { throw ConsentDomainError(.invalidHistory, "A stored fact of the consent cannot be read") }
        return try ConsentLifecycle.fold(facts, rules: rules)
    }
}

/// The consent service's SQL for consents, one statement (or one small loop) per function, each
/// on the caller's connection and so inside the caller's transaction. Parameters are always
/// bound. Facts are only ever inserted (the table refuses updates and deletes).
enum ConsentStore {
    /// Stores a new consent: its row, its grantors and its first facts.
    static func insert(_ record: ConsentRecord, requestedByService: ServiceCode, on conn: PostgresConnection) async throws {
        let terms = record.terms
        try await conn.query("""
            INSERT INTO consents (consent_id, child_pid, case_id, requested_by, requested_by_service, requested_at,
                                  valid_until, status, ended, fact_count)
            VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9, $10)
            """, [record.consentID.rawValue, terms.child.nationalIdentityNumber, terms.caseID?.rawValue, terms.requestedBy,
                  requestedByService.rawValue, terms.requestedAt, terms.validUntil.description, record.status.code,
                  record.status.isEnded, record.history.count])
        for (position, grantor) in terms.grantors.enumerated() {
            try await conn.query("""
                INSERT INTO consent_grantors (consent_id, pid, role, position) VALUES ($1, $2, $3, $4)
                """, [record.consentID.rawValue, grantor.person.nationalIdentityNumber, grantor.role.rawValue, position])
        }
        try await insertFacts(record.history, of: record.consentID, from: 0, on: conn)
    }

    /// Locks the consent's row until the transaction ends and reads its history; `nil` when there
    /// is no such consent.
    static func lock(_ id: ConsentID, on conn: PostgresConnection) async throws -> StoredConsent? {
        let rows = try await conn.query("SELECT requested_by_service FROM consents WHERE consent_id = $1 FOR UPDATE", [id.rawValue])
        guard let row = rows.first else { return nil }
        return try await stored(id, service: try row.decode(0, as: String.self), on: conn)
    }

    /// Reads the consent without locking it; `nil` when there is no such consent.
    static func read(_ id: ConsentID, on conn: PostgresConnection) async throws -> StoredConsent? {
        let rows = try await conn.query("SELECT requested_by_service FROM consents WHERE consent_id = $1", [id.rawValue])
        guard let row = rows.first else { return nil }
        return try await stored(id, service: try row.decode(0, as: String.self), on: conn)
    }

    /// Locks every consent about `child` (in id order, so concurrent lockers never deadlock) and
    /// reads their histories: what a check or a coverage question decides on, and appends to.
    static func lockAll(child: String, on conn: PostgresConnection) async throws -> [StoredConsent] {
        let rows = try await conn.query("""
            SELECT consent_id, requested_by_service FROM consents WHERE child_pid = $1 ORDER BY consent_id FOR UPDATE
            """, [child])
        var services: [ConsentID: ServiceCode] = [:]
        var order: [ConsentID] = []
        for row in rows {
            let id = ConsentID(try row.decode(0, as: UUID.self))
            services[id] = ServiceCode(rawValue: try row.decode(1, as: String.self))
            order.append(id)
        }
        guard !order.isEmpty else { return [] }
        let histories = try await facts(where: "f.consent_id IN (SELECT consent_id FROM consents WHERE child_pid = $1)", [child], on: conn)
        return order.map { histories.consent($0, service: services[$0]!) }
    }

    /// Every consent `person` is a required grantor of, with its history (no lock).
    static func ofGrantor(_ person: PersonRef, on conn: PostgresConnection) async throws -> [StoredConsent] {
        let rows = try await conn.query("""
            SELECT c.consent_id, c.requested_by_service FROM consents c
            JOIN consent_grantors g ON g.consent_id = c.consent_id
            WHERE g.pid = $1 ORDER BY c.requested_at DESC, c.consent_id
            """, [person.nationalIdentityNumber])
        var result: [StoredConsent] = []
        for row in rows {
            result.append(StoredConsent(id: ConsentID(try row.decode(0, as: UUID.self)),
                                        requestedByService: ServiceCode(rawValue: try row.decode(1, as: String.self)), facts: []))
        }
        guard !result.isEmpty else { return [] }
        let histories = try await facts(
            where: "f.consent_id IN (SELECT consent_id FROM consent_grantors WHERE pid = $1)", [person.nationalIdentityNumber], on: conn)
        return result.map { histories.consent($0.id, service: $0.requestedByService) }
    }

    /// Appends `newFacts` after the first `existing` facts of a **locked** consent and updates its
    /// row to `record` (the fold after them).
    static func append(_ newFacts: [ConsentFact], to id: ConsentID, existing: Int, record: ConsentRecord,
                       on conn: PostgresConnection) async throws {
        guard !newFacts.isEmpty else { return }
        try await insertFacts(newFacts, of: id, from: existing, on: conn)
        try await conn.query("""
            UPDATE consents SET status = $2, ended = $3, fact_count = $4, updated_at = now() WHERE consent_id = $1
            """, [id.rawValue, record.status.code, record.status.isEnded, existing + newFacts.count])
    }

    /// Up to `limit` consents not yet ended and not swept on `today`, locked (skipping rows other
    /// transactions hold): the expiry sweeper's batch.
    static func dueForSweep(today: LocalDate, limit: Int, on conn: PostgresConnection) async throws -> [ConsentID] {
        let rows = try await conn.query("""
            SELECT consent_id FROM consents
            WHERE NOT ended AND (swept_on IS NULL OR swept_on < $1::date)
            ORDER BY consent_id LIMIT $2 FOR UPDATE SKIP LOCKED
            """, [today.description, limit])
        return try rows.map { ConsentID(try $0.decode(0, as: UUID.self)) }
    }

    /// Records that the sweeper looked at the consent on `today`.
    static func markSwept(_ id: ConsentID, today: LocalDate, on conn: PostgresConnection) async throws {
        try await conn.query("UPDATE consents SET swept_on = $2::date WHERE consent_id = $1", [id.rawValue, today.description])
    }

    // MARK: - Facts

    /// Histories read in one query; a fact that cannot be decoded marks its consent unreadable
    /// instead of failing the whole read.
    private struct Histories {
        var facts: [ConsentID: [ConsentFact]] = [:]
        var unreadable: Set<ConsentID> = []

        func consent(_ id: ConsentID, service: ServiceCode) -> StoredConsent {
            StoredConsent(id: id, requestedByService: service, facts: facts[id] ?? [], readable: !unreadable.contains(id))
        }
    }

    private static func stored(_ id: ConsentID, service: String, on conn: PostgresConnection) async throws -> StoredConsent {
        try await facts(where: "f.consent_id = $1", [id.rawValue], on: conn).consent(id, service: ServiceCode(rawValue: service))
    }

    private static func facts(where condition: String, _ parameters: [any PostgresEncodable],
                              on conn: PostgresConnection) async throws -> Histories {
        let rows = try await conn.query(
            "SELECT f.consent_id, f.fact::text FROM consent_facts f WHERE \(condition) ORDER BY f.consent_id, f.position",
            parameters)
        let decoder = EventJSON.decoder
        var result = Histories()
        for row in rows {
            let id = ConsentID(try row.decode(0, as: UUID.self))
            if let fact = try? decoder.decode(ConsentFact.self, from: Data(try row.decode(1, as: String.self).utf8)) {
                result.facts[id, default: []].append(fact)
            } else {
                result.unreadable.insert(id)
            }
        }
        return result
    }

    private static func insertFacts(_ facts: [ConsentFact], of id: ConsentID, from start: Int, on conn: PostgresConnection) async throws {
        let encoder = EventJSON.encoder
        for (offset, fact) in facts.enumerated() {
            try await conn.query("""
                INSERT INTO consent_facts (consent_id, position, kind, at, fact) VALUES ($1, $2, $3, $4, $5::jsonb)
                """, [id.rawValue, start + offset, fact.kindCode, fact.at, String(decoding: try encoder.encode(fact), as: UTF8.self)])
        }
    }
}

extension ConsentFact {
    /// The fact's kind as a code, for the `kind` column (queries, not decisions).
    var kindCode: String {
        switch self {
        case .requested: "requested"
        case .childViewRecorded: "child-view-recorded"
        case .given: "given"
        case .refused: "refused"
        case .withdrawn: "withdrawn"
        case .revoked: "revoked"
        case .expired: "expired"
        case .informationShared: "information-shared"
        }
    }
}
