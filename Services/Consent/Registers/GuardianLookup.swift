import ConsentDomain
import IntakeDomain
import InngangModels

/// Asks the population register (the Folkeregister boundary; in development IntakeDomain's
/// ``FileBackedPopulationRegister``) for a child's guardians, as the ``GuardianFact``s that
/// ``RequiredGrantors`` decides on. Any register error is "unsure": the request is refused for
/// now (503), never guessed.
enum GuardianLookup {
    enum Outcome: Sendable {
        case guardians([GuardianFact])
        /// The register does not know the child.
        case childUnknown
        /// The register could not answer.
        case unavailable
    }

    static func guardians(of child: NationalIdentityNumber, register: any PopulationRegister) async -> Outcome {
        do {
            guard try await register.person(child) != nil else { return .childUnknown }
            let records = try await register.guardians(of: child)
            return .guardians(records.map {
                GuardianFact(person: PersonRef(nationalIdentityNumber: $0.person.value),
                             hasParentalResponsibility: $0.hasParentalResponsibility, restrictedAccess: $0.restrictedAccess)
            })
        } catch {
            return .unavailable
        }
    }
}
