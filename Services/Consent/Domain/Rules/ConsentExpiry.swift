import Foundation
import InngangModels

/// **Expiry without a job.** A consent is valid through the whole of its ``ConsentTerms/validUntil``
/// day, Europe/Oslo time, and not a moment after: a check at 23:59 on the last day allows, a check
/// at 00:00 the next day denies — whether or not anything has recorded the expiry. (The same
/// end-of-day rule as ``LegalDeadline/expiry(of:in:)``, without its moving to a working day: a
/// consent's end date is the family's choice, not a statutory deadline.)
///
/// A consent also ends, for the check, when the child comes of age (``AgeRules/majorityAge``) and
/// guardians were among its grantors, or when the age rules of a category now need grantors who
/// did not give it (``ExpiryReason/grantorsChangedWithAge``). A sweeper may record the expiry as a
/// fact (``dueExpiry(of:at:rules:)``) so the services and the family are told; the check never
/// waits for it.
public enum ExpiryReason: String, Codable, Sendable, Hashable {
    /// The last valid day has passed.
    case validUntilPassed = "valid-until-passed"
    /// The child turned 18: the guardians' consent lapsed; only the young person decides now.
    case childCameOfAge = "child-came-of-age"
    /// An age rule changed who must consent to a category (e.g. health at 16).
    case grantorsChangedWithAge = "grantors-changed-with-age"
}

public enum ConsentExpiry {
    /// The first instant the consent is no longer valid: the start of the day after `validUntil`, Oslo time.
    public static func endOfValidity(_ validUntil: LocalDate) -> Date {
        validUntil.adding(days: 1).startOfDay(in: .oslo)
    }

    /// The instant the child turns `rules.majorityAge`, Oslo time.
    public static func comingOfAge(of terms: ConsentTerms, rules: AgeRules = .default) -> Date {
        Age.birthday(rules.majorityAge, born: terms.childBirthDate).startOfDay(in: .oslo)
    }

    /// Why `terms` has lapsed at `instant`, or `nil` while they still hold. Order: majority, then
    /// the end date, then a change of grantors with age (per category, every category must still
    /// be answered by the people who gave it; a category that cannot is reason enough).
    public static func lapse(of terms: ConsentTerms, at instant: Date, rules: AgeRules = .default) -> ExpiryReason? {
        let age = Age.completedYears(born: terms.childBirthDate, at: instant)
        if age >= rules.majorityAge, !terms.guardianGrantors.isEmpty { return .childCameOfAge }
        if instant >= endOfValidity(terms.validUntil) { return .validUntilPassed }
        for category in terms.categories where !grantorsStillAnswer(terms, category: category, age: age, rules: rules) {
            return .grantorsChangedWithAge
        }
        return nil
    }

    /// Whether the consent's grantors still include everyone `category` needs at `age`.
    static func grantorsStillAnswer(_ terms: ConsentTerms, category: InformationCategory, age: Int, rules: AgeRules) -> Bool {
        let hasChild = terms.grantors.contains { $0.role == .child }
        switch rules.requirement(for: category, age: age).grantors {
        case .guardians: return !terms.guardianGrantors.isEmpty
        case .guardiansAndChild: return !terms.guardianGrantors.isEmpty && hasChild
        case .childAlone: return hasChild
        }
    }

    /// The expiry a sweeper should record for `record` at `instant`, or `nil` when there is none to
    /// record (not lapsed, or already ended).
    public static func dueExpiry(of record: ConsentRecord, at instant: Date, rules: AgeRules = .default) -> ConsentFact? {
        guard !record.status.isEnded, let reason = lapse(of: record.terms, at: instant, rules: rules) else { return nil }
        return .expired(reason: reason, at: instant)
    }
}
