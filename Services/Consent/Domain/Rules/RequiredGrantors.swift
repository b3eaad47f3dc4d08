import InngangModels

/// **Who must consent** for a child: every guardian with parental responsibility, plus or instead
/// of the child as the age rules of each category say (``AgeRules``).
///
/// - Where parental responsibility is joint, Inngang requires **every** guardian who has it (a safe
///   default of the domain description: one refusal or withdrawal makes the consent invalid).
///   Guardians without parental responsibility are never grantors.
/// - A required guardian with restricted access cannot be asked through Inngang, and the consent
///   cannot be complete without them: ``ConsentDomainError/Code/guardianCannotBeAsked`` (fail closed).
/// - No guardian with parental responsibility for a minor who needs one:
///   ``ConsentDomainError/Code/noGuardianWithParentalResponsibility`` (e.g. a child in public care,
///   where the child welfare service holds the care; that is handled outside this rule).
/// - Categories whose grantors differ in kind — one the young person consents to alone (health
///   from 16) and one the guardians consent to — cannot share a request:
///   ``ConsentDomainError/Code/categoriesNeedSeparateRequests``. Otherwise the union is required
///   (asking the child in addition is stricter, never looser).
/// - From majority age only the young person.
public enum RequiredGrantors {
    /// The grantors, guardians first (sorted by identity number, so the order is stable), then the child.
    public static func determine(child: PersonRef, age: Int, guardians: [GuardianFact],
                                 categories: Set<InformationCategory>, rules: AgeRules = .default) throws(ConsentDomainError) -> [Grantor] {
        guard !categories.isEmpty else {
            throw ConsentDomainError(.invalidRequest, "A consent covers at least one category", fields: ["/categories"])
        }
        let requirements = Set(categories.map { rules.requirement(for: $0, age: age).grantors })
        if requirements.contains(.childAlone), requirements.count > 1 {
            throw ConsentDomainError(.categoriesNeedSeparateRequests,
                                     "The young person consents alone to some of these categories and the guardians to others",
                                     fields: ["/categories"])
        }
        let needsGuardians = requirements.contains(.guardians) || requirements.contains(.guardiansAndChild)
        let needsChild = requirements.contains(.guardiansAndChild) || requirements.contains(.childAlone)

        var result: [Grantor] = []
        if needsGuardians {
            var seen = Set<PersonRef>()
            let responsible = guardians
                .filter { $0.hasParentalResponsibility && $0.person != child && seen.insert($0.person).inserted }
                .sorted { $0.person.nationalIdentityNumber < $1.person.nationalIdentityNumber }
            guard !responsible.isEmpty else {
                throw ConsentDomainError(.noGuardianWithParentalResponsibility,
                                         "The register names no guardian with parental responsibility", fields: ["/child"])
            }
            guard responsible.allSatisfy({ !$0.restrictedAccess }) else {
                throw ConsentDomainError(.guardianCannotBeAsked,
                                         "A guardian whose consent is required has restricted access", fields: ["/child"])
            }
            result += responsible.map { Grantor(person: $0.person, role: .guardian) }
        }
        if needsChild { result.append(Grantor(person: child, role: .child)) }
        return result
    }
}
