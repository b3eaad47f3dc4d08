import ConsentDomain
import Foundation
import InngangModels
import InngangPostgres
import InngangService

/// A consent locked for writing in the caller's transaction (its row lock is held until commit):
/// the stored history and the record folded from it, updated as facts are appended.
struct LockedConsent: Sendable {
    let id: ConsentID
    let requestedByService: ServiceCode
    fileprivate(set) var record: ConsentRecord
    /// How many facts are stored (the next fact's position).
    fileprivate(set) var factCount: Int
}

/// The one way facts are written: under the consent's row lock, through ``ConsentLifecycle``,
/// appended to the history and, with the lifecycle's events, to the outbox (topic
/// ``InngangTopic/consent``, key = consent id) — all in the caller's transaction, so a fact and
/// its events are stored together or not at all.
///
/// Facts are stamped with the later of the clock and the consent's latest fact
/// (``ConsentLifecycle`` requires a history in time order), in whole microseconds (what the
/// database and the events keep).
struct ConsentLedger: Sendable {
    let context: ServiceContext
    let rules: AgeRules

    /// The clock, in whole microseconds.
    static func now() -> Date { RFC3339.normalized(Date()) }

    /// The time to stamp a new fact of `record` with.
    static func stamp(_ now: Date, _ record: ConsentRecord) -> Date { max(now, record.lastFactAt) }

    /// Stores a new consent from its first facts (``ConsentRequestRules/makeRequest``) and
    /// publishes `consent.requested`.
    func create(_ facts: [ConsentFact], requestedByService: ServiceCode, on conn: PostgresConnection) async throws -> ConsentRecord {
        guard case .requested(let terms)? = facts.first else {
            throw ConsentDomainError(.invalidHistory, "A consent history starts with its request")
        }
        let record = try ConsentLifecycle.fold(facts, rules: rules)
        try await ConsentStore.insert(record, requestedByService: requestedByService, on: conn)
        try await publish(ConsentLifecycle.start(terms).events, at: terms.requestedAt, on: conn)
        return record
    }

    /// Locks `id` and folds its history; `nil` when there is no such consent. A history that
    /// cannot be read throws (a write is never made on top of it).
    func lock(_ id: ConsentID, on conn: PostgresConnection) async throws -> LockedConsent? {
        guard let stored = try await ConsentStore.lock(id, on: conn) else { return nil }
        return LockedConsent(id: id, requestedByService: stored.requestedByService, record: try stored.record(rules: rules),
                             factCount: stored.facts.count)
    }

    /// A locked consent from a history read with ``ConsentStore/lockAll(child:on:)``.
    func locked(_ stored: StoredConsent) throws -> LockedConsent {
        LockedConsent(id: stored.id, requestedByService: stored.requestedByService, record: try stored.record(rules: rules),
                      factCount: stored.facts.count)
    }

    /// Applies `fact` (``ConsentLifecycle/apply(_:to:rules:)``); when it changes anything, appends
    /// it and publishes its events. A repeat changes nothing and writes nothing. Rule violations
    /// throw ``ConsentDomainError``.
    @discardableResult
    func apply(_ fact: ConsentFact, to consent: inout LockedConsent, on conn: PostgresConnection) async throws -> ConsentTransition {
        let transition = try ConsentLifecycle.apply(fact, to: consent.record, rules: rules)
        guard transition.changed else { return transition }
        try await ConsentStore.append([fact], to: consent.id, existing: consent.factCount, record: transition.record, on: conn)
        try await publish(transition.events, at: fact.at, on: conn)
        consent.record = transition.record
        consent.factCount += 1
        return transition
    }

    /// Records the expiry when the consent has lapsed at `now` and is not ended yet
    /// (``ConsentExpiry/dueExpiry(of:at:rules:)``), publishing `consent.expired`. Returns whether
    /// it did.
    @discardableResult
    func settleExpiry(_ consent: inout LockedConsent, now: Date, on conn: PostgresConnection) async throws -> Bool {
        guard let fact = ConsentExpiry.dueExpiry(of: consent.record, at: Self.stamp(now, consent.record), rules: rules) else {
            return false
        }
        return try await apply(fact, to: &consent, on: conn).changed
    }

    private func publish(_ events: [ConsentEvent], at time: Date, on conn: PostgresConnection) async throws {
        for event in events {
            let cloudEvent = try context.event(event.type, subject: event.key, time: time, data: event.payload)
            try await context.publish(cloudEvent, topic: InngangTopic.consent, key: event.key, on: conn)
        }
    }
}
