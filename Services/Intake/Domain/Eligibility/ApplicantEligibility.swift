import InngangModels

/// Who may apply to intake for a child, and who is then told about the case.
///
/// Rules, checked against the ``PopulationRegister`` on the day of receipt:
/// 1. The child must be known to the register (``Refusal/childUnknown``) and aged 0–24
///    (``Refusal/outsideAgeRange``).
/// 2. **Child under 18**: the applicant must be one of the child's guardians *with* parental
///    responsibility (*foreldreansvar*) (``Refusal/notGuardian``,
///    ``Refusal/noParentalResponsibility``), and not one whose access is restricted
///    (``Refusal/restrictedAccess``: fail closed, the coordinator can help such a parent
///    outside the portal).
///    Recipients are then **every** guardian with parental responsibility and no restricted
///    access (the applicant first), each with their address protection.
/// 3. **18 or older**: everything is the young person's own; the applicant must be the young
///    person (``Refusal/mustApplyThemselves``), who is the only recipient.
/// 4. **Deny when unsure**: any register error refuses with ``Refusal/registerUnavailable``
///    (retriable); nothing is guessed.
public enum ApplicantEligibility {
    /// Why an applicant may not apply. Raw values are stable codes for problem+json answers.
    public enum Refusal: String, Sendable, Hashable, Codable, CaseIterable {
        case childUnknown = "child-unknown"
        case outsideAgeRange = "outside-age-range"
        case notGuardian = "not-guardian"
        case noParentalResponsibility = "no-parental-responsibility"
        case restrictedAccess = "restricted-access"
        case mustApplyThemselves = "must-apply-themselves"
        case registerUnavailable = "register-unavailable"

        /// Whether asking again later could give another answer.
        public var isRetriable: Bool { self == .registerUnavailable }
    }

    /// The outcome of the check.
    public enum Decision: Sendable, Hashable {
        /// The applicant may apply; `recipients` are the people to tell about the case.
        case eligible(recipients: [CaseRecipient])
        case refused(Refusal)

        public var recipients: [CaseRecipient]? {
            if case .eligible(let r) = self { r } else { nil }
        }

        public var refusal: Refusal? {
            if case .refused(let r) = self { r } else { nil }
        }
    }

    /// Checks whether `applicant` may apply for `child` on `date` (the Oslo day of receipt;
    /// pass it explicitly so the age used is the one the case is received with).
    public static func check(
        applicant: NationalIdentityNumber, child: NationalIdentityNumber, on date: LocalDate = .today(),
        register: any PopulationRegister
    ) async -> Decision {
        let age = child.age(on: date)
        guard IntakeAgeRange.ages.contains(age) else { return .refused(.outsideAgeRange) }
        do {
            guard let childRecord = try await register.person(child) else { return .refused(.childUnknown) }
            if age >= IntakeAgeRange.adultAge {
                guard applicant == child else { return .refused(.mustApplyThemselves) }
                return .eligible(recipients: [
                    CaseRecipient(person: child, role: .youngPerson, addressProtection: childRecord.addressProtection)
                ])
            }
            let guardians = try await register.guardians(of: child)
            return decide(applicant: applicant, guardians: guardians)
        } catch {
            return .refused(.registerUnavailable)
        }
    }

    /// The rule for a child under 18, given the register's guardians.
    public static func decide(applicant: NationalIdentityNumber, guardians: [GuardianRecord]) -> Decision {
        let records = guardians.filter { $0.person == applicant }
        guard !records.isEmpty else { return .refused(.notGuardian) }
        // Should the register list a person twice with different flags, the most restrictive wins.
        guard records.allSatisfy(\.hasParentalResponsibility) else { return .refused(.noParentalResponsibility) }
        guard records.allSatisfy({ !$0.restrictedAccess }) else { return .refused(.restrictedAccess) }
        return .eligible(recipients: recipients(applicant: applicant, guardians: guardians))
    }

    /// Every guardian with parental responsibility and no restricted access, once each: the
    /// applicant first, then the others in register order. A person listed with conflicting
    /// flags is left out (fail closed).
    public static func recipients(applicant: NationalIdentityNumber, guardians: [GuardianRecord]) -> [CaseRecipient] {
        let byPerson = Dictionary(grouping: guardians, by: \.person)
        var seen = Set<NationalIdentityNumber>()
        var result: [CaseRecipient] = []
        let ordered = guardians.filter { $0.person == applicant } + guardians.filter { $0.person != applicant }
        for g in ordered where seen.insert(g.person).inserted {
            let all = byPerson[g.person] ?? [g]
            guard all.allSatisfy({ $0.hasParentalResponsibility && !$0.restrictedAccess }) else { continue }
            let protection = all.map(\.addressProtection).max(by: { $0.strictness < $1.strictness }) ?? .none
            result.append(CaseRecipient(person: g.person, role: .guardian, addressProtection: protection))
        }
        return result
    }
}

/// A person to be told about a case (and who may see it in the portal).
public struct CaseRecipient: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable {
        /// A guardian with parental responsibility.
        case guardian
        /// The young person themselves (18 or older).
        case youngPerson = "young-person"
    }
    public var person: NationalIdentityNumber
    public var role: Role
    /// Notifications to a protected person must reveal nothing about where they are.
    public var addressProtection: AddressProtection

    public init(person: NationalIdentityNumber, role: Role, addressProtection: AddressProtection) {
        self.person = person
        self.role = role
        self.addressProtection = addressProtection
    }
}

extension AddressProtection {
    /// none < fortrolig < strengt fortrolig.
    var strictness: Int {
        switch self {
        case .none: 0
        case .fortrolig: 1
        case .strengtFortrolig: 2
        }
    }
}
