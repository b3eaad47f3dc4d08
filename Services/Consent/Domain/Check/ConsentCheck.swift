import Foundation
import InngangModels

/// **The check**: may `from` share `category` about `child` with `to` for `purpose`, at `at`?
///
/// Allow, with the consent's id, only when a consent about that child
/// 1. covers the category, the sharing service, the receiving service and the purpose, and no
///    exception excludes the pair ("…but not to X");
/// 2. had every required grantor's consent at `at` (in force since then) and had not been refused,
///    withdrawn, revoked or recorded as expired before `at` — so a question about a moment before
///    a withdrawal is still allowed (withdrawal is not retroactive);
/// 3. had not lapsed at `at`: not after the end of its last valid day in Oslo (``ConsentExpiry``),
///    not after the child came of age if guardians gave it, and the age rules of the category still
///    name the people who gave it (``AgeRules``).
///
/// With several consents, allow if any one of them does. Otherwise deny with the reason of the
/// most relevant consent: the newest whose scope matched (it says *why* it does not hold), else the
/// newest whose scope did not. Anything unknown or ambiguous — an unknown code, an unreadable
/// history, no consent — is a deny. Legal bases other than consent are never considered here:
/// see ``ReferralCoverage``.
public enum ConsentCheck {
    /// The decision for `question` over `consents` (any consents; those about other children are ignored).
    public static func decide(_ consents: [ConsentRecord], question q: SharingQuestion,
                              rules: AgeRules = .default) -> ConsentDecision {
        guard let category = InformationCategory(code: q.category) else { return .deny(.unknownCategory) }
        guard let purpose = SharingPurpose(code: q.purpose) else { return .deny(.unknownPurpose) }
        guard q.from.isWellFormed, q.to.isWellFormed else { return .deny(.unknownService) }

        let relevant = consents.filter { $0.terms.child == q.child }
            .sorted { ($0.terms.requestedAt, $0.consentID) < ($1.terms.requestedAt, $1.consentID) }  // oldest first
        guard !relevant.isEmpty else { return .deny(.noConsent) }

        var stateDenial: DenyReason?
        var scopeDenial: DenyReason?
        // Oldest first: the oldest covering consent is the one named; a later denial overwrites an
        // earlier one, so the newest consent's reason is the one reported.
        for record in relevant {
            if let reason = record.terms.scopeDenial(from: q.from, category: category, to: q.to, purpose: purpose) {
                scopeDenial = reason
                continue
            }
            if let reason = stateDenialReason(record, at: q.at, rules: rules) {
                stateDenial = reason
                continue
            }
            return .allow(record.consentID)
        }
        return .deny(stateDenial ?? scopeDenial ?? .noConsent)
    }

    /// The same question in the words of the API.
    public static func decide(_ consents: [ConsentRecord], from: ServiceCode, category: String, child: PersonRef,
                              to: ServiceCode, purpose: String, at: Date, rules: AgeRules = .default) -> ConsentDecision {
        decide(consents, question: SharingQuestion(from: from, category: category, child: child, to: to, purpose: purpose, at: at),
               rules: rules)
    }

    /// Over stored histories: any history that cannot be folded makes the answer a deny
    /// (``DenyReason/historyUnreadable``): one unreadable withdrawal could be the one that matters.
    public static func decide(histories: [[ConsentFact]], question: SharingQuestion,
                              rules: AgeRules = .default) -> ConsentDecision {
        var records: [ConsentRecord] = []
        for history in histories {
            guard let record = try? ConsentLifecycle.fold(history, rules: rules) else { return .deny(.historyUnreadable) }
            records.append(record)
        }
        return decide(records, question: question, rules: rules)
    }

    /// Why `record` (whose scope matches) does not hold at `instant`, or `nil` when it does.
    static func stateDenialReason(_ record: ConsentRecord, at instant: Date, rules: AgeRules) -> DenyReason? {
        if let endedAt = record.status.endedAt, endedAt <= instant {
            switch record.status {
            case .refused: return .refused
            case .withdrawn: return .withdrawn
            case .revoked: return .revoked
            case .expired(let reason, _): return denial(for: reason)
            case .awaiting, .inForce: break
            }
        }
        guard let since = record.inForceSince, since <= instant else { return .notAllGiven }
        if let lapse = ConsentExpiry.lapse(of: record.terms, at: instant, rules: rules) { return denial(for: lapse) }
        return nil
    }

    static func denial(for reason: ExpiryReason) -> DenyReason {
        switch reason {
        case .validUntilPassed: return .expired
        case .childCameOfAge: return .childCameOfAge
        case .grantorsChangedWithAge: return .grantorsChangedWithAge
        }
    }
}
