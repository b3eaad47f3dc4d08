import Foundation
import InngangModels

/// The result of applying one fact: the new record, whether anything changed, and the events to
/// publish. An unchanged transition means the fact was a repeat (giving twice, withdrawing
/// something already ended): answer the caller as if it succeeded, append nothing, publish nothing.
public struct ConsentTransition: Sendable {
    public var record: ConsentRecord
    public var changed: Bool
    public var events: [ConsentEvent]
}

/// **The consent lifecycle**, a pure state machine over the append-only history:
///
/// - `given` by a required grantor; when the last one gives, the consent is **in force**
///   (``ConsentGivenV1``). Valid only when **all** have given it.
/// - `refused` by a required grantor while awaiting: it can never come into force
///   (``ConsentRefusedV1``). Someone who already gave withdraws instead (``ConsentDomainError/Code/alreadyGiven``).
/// - `withdrawn` by **any** grantor at any time, with one call: it ends at once and is not
///   retroactive — sharing before the withdrawal stays lawful (GDPR art. 7(3): withdrawal does
///   not affect the lawfulness of processing before it, and must be as easy as giving consent).
///   Every service that received information under it is named in ``ConsentWithdrawnV1``.
/// - `revoked` by another party (``RevocationReason``); `expired` when, and for the reason,
///   ``ConsentExpiry/lapse(of:at:rules:)`` says (a sweeper uses ``ConsentExpiry/dueExpiry(of:at:rules:)``).
/// - Idempotent: a repeated fact changes nothing. Facts after the end change nothing, except
///   `given`, which is refused with ``ConsentDomainError/Code/consentEnded`` so nobody believes a
///   dead consent was revived.
/// - Facts are dated on or after the latest fact (``ConsentDomainError/Code/invalidHistory``);
///   the service stamps them with the later of its clock and ``ConsentRecord/lastFactAt``.
public enum ConsentLifecycle {
    /// A new record from its request, with ``ConsentRequestedV1``.
    public static func start(_ terms: ConsentTerms) -> ConsentTransition {
        ConsentTransition(record: ConsentRecord(terms: terms), changed: true, events: [ConsentEventBuilder.requested(terms)])
    }

    /// The state of a whole history (no events). Throws on a malformed history; a caller that
    /// cannot fold a history must treat the consent as not there (deny).
    public static func fold(_ facts: [ConsentFact], rules: AgeRules = .default) throws(ConsentDomainError) -> ConsentRecord {
        guard case .requested(let terms)? = facts.first else {
            throw ConsentDomainError(.invalidHistory, "A consent history starts with its request")
        }
        var record = start(terms).record
        for fact in facts.dropFirst() { record = try apply(fact, to: record, rules: rules).record }
        return record
    }

    /// Applies one new fact to `record`.
    public static func apply(_ fact: ConsentFact, to record: ConsentRecord,
                             rules: AgeRules = .default) throws(ConsentDomainError) -> ConsentTransition {
        if case .requested = fact { throw ConsentDomainError(.invalidHistory, "A consent is requested only once") }
        guard fact.at >= record.lastFactAt else {
            throw ConsentDomainError(.invalidHistory, "A fact is dated before the latest fact of the consent")
        }
        var next = record
        var events: [ConsentEvent] = []
        let unchanged = ConsentTransition(record: record, changed: false, events: [])

        switch fact {
        case .requested:
            return unchanged  // unreachable, rejected above

        case .childViewRecorded(let view):
            if record.status.isEnded || record.childView == view { return unchanged }
            next.childView = view

        case .given(let person, let at):
            try requireGrantor(person, record)
            if record.hasGiven(person) { return unchanged }
            guard !record.status.isEnded else {
                throw ConsentDomainError(.consentEnded, "The consent has ended; a new consent must be requested")
            }
            next.given.append(ConsentRecord.Given(person: person, at: at))
            if next.awaiting.isEmpty {
                next.status = .inForce(since: at)
                next.inForceSince = at
                events.append(ConsentEventBuilder.given(next, at: at))
            }

        case .refused(let person, let at):
            try requireGrantor(person, record)
            if record.status.isEnded { return unchanged }
            guard !record.hasGiven(person) else {
                throw ConsentDomainError(.alreadyGiven, "A grantor who gave consent takes it back by withdrawing it")
            }
            next.status = .refused(by: person, at: at)
            events.append(ConsentEventBuilder.refused(next, by: person, at: at))

        case .withdrawn(let person, let at):
            try requireGrantor(person, record)
            if record.status.isEnded { return unchanged }
            next.status = .withdrawn(by: person, at: at)
            events.append(ConsentEventBuilder.withdrawn(next, by: person, at: at))

        case .revoked(let by, let reason, let at):
            if record.status.isEnded { return unchanged }
            next.status = .revoked(by: by, reason: reason, at: at)
            events.append(ConsentEventBuilder.revoked(next, by: by, reason: reason, at: at))

        case .expired(let reason, let at):
            if record.status.isEnded { return unchanged }
            guard ConsentExpiry.lapse(of: record.terms, at: at, rules: rules) == reason else {
                throw ConsentDomainError(.notExpired, "The consent has not lapsed for that reason at that time")
            }
            next.status = .expired(reason: reason, at: at)
            events.append(ConsentEventBuilder.expired(next, reason: reason, at: at))

        case .informationShared(let sharing):
            if record.sharings.contains(sharing) { return unchanged }
            let decision = ConsentCheck.decide([record], question: SharingQuestion(
                from: sharing.from, category: sharing.category.rawValue, child: record.terms.child, to: sharing.to,
                purpose: sharing.purpose.rawValue, at: sharing.at), rules: rules)
            guard decision == .allow(record.consentID) else {
                throw ConsentDomainError(.sharingNotAllowed, "The consent did not allow this sharing at that time")
            }
            next.sharings.append(sharing)
        }
        next.history.append(fact)
        return ConsentTransition(record: next, changed: true, events: events)
    }

    private static func requireGrantor(_ person: PersonRef, _ record: ConsentRecord) throws(ConsentDomainError) {
        guard record.terms.isGrantor(person) else {
            throw ConsentDomainError(.notAGrantor, "Only a required grantor can give, refuse or withdraw this consent")
        }
    }
}
