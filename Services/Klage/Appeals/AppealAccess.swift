import Foundation
import InngangModels
import InngangService
import KlageDomain

/// Who is looking at an appeal, once access is granted.
enum AppealViewer: Sendable, Equatable {
    /// A party: the appellant, or another party to the decision (a co-guardian, the young person).
    case citizen(isAppellant: Bool)
    /// An employee of the decision's service; `isUnderinstans` when they have role `underinstans`.
    case employee(isUnderinstans: Bool)
}

/// The access rules of the appeals API. Anything a caller may not see is the same 404.
enum AppealAccess {
    /// The role that may take the municipality's steps (underinstans, § 33) and record the
    /// klageinstans's outcome.
    static let underinstansRole = "underinstans"

    /// The appellant facts of `pid` in `caseFacts`: the child themself, a recipient (a guardian
    /// with parental responsibility, as intake found them), or unrelated.
    static func appellantFacts(of pid: String, in caseFacts: CaseFacts) throws -> AppellantFacts {
        let relation: AppellantFacts.Relation =
            pid == caseFacts.childPID ? .childThemself
            : caseFacts.parties.contains(pid) ? .guardian(hasParentalResponsibility: true) : .unrelated
        return AppellantFacts(relation: relation, childBirthDate: try childBirthDate(caseFacts))
    }

    /// The child's birth date, from the national identity number (``NationalIdentityNumber``).
    static func childBirthDate(_ caseFacts: CaseFacts) throws -> LocalDate {
        do {
            return try NationalIdentityNumber(caseFacts.childPID).birthDate
        } catch {
            throw KlageServiceError(.corruptProjection, "The case's child reference is not a national identity number")
        }
    }

    /// Whether `pid` is a party to `service`'s decisions in the case on `date` (``PartyRule``).
    static func isParty(_ pid: String, in caseFacts: CaseFacts, service: ServiceCode, on date: LocalDate, rules: KlageRules) throws -> Bool {
        let facts = try appellantFacts(of: pid, in: caseFacts)
        return rules.party.standing(of: facts, service: service, on: date).isParty
    }

    /// The viewer `caller` is for `appeal`, or `nil` (answer 404).
    static func viewer(_ caller: Caller, of appeal: StoredAppeal, caseFacts: CaseFacts?, rules: KlageRules, now: Date) throws -> AppealViewer? {
        switch caller {
        case .citizen(let citizen):
            let pid = citizen.nationalIdentityNumber
            if pid == appeal.appellantPID { return .citizen(isAppellant: true) }
            guard let caseFacts else { return nil }
            let today = LocalDate(now, in: rules.timeZone)
            return try isParty(pid, in: caseFacts, service: appeal.service, on: today, rules: rules) ? .citizen(isAppellant: false) : nil
        case .employee(let employee):
            guard employee.service == appeal.service.rawValue else { return nil }
            return .employee(isUnderinstans: employee.hasRole(underinstansRole))
        }
    }
}
