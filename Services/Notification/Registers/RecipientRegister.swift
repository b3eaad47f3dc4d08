import Foundation
import InngangModels
import IntakeDomain
import NotificationDomain

/// Asks the population register (*Folkeregisteret*) what ``RecipientSafety`` needs about one
/// recipient in relation to the case's child, right before sending.
///
/// The register is IntakeDomain's ``PopulationRegister`` interface: the development fake
/// ``FileBackedPopulationRegister`` (embedded development families, or the file named by
/// `INNGANG_POPULATION_REGISTER_FILE`) until the real register API is connected.
///
/// - The recipient **is** the child (a young person of 18 or more who applied for themselves,
///   or a child grantor of a consent — see `childIsAsked`): the matter is their own, so they
///   count as entitled (``RegisterFacts/hasParentalResponsibility``
///   `true`, no restriction) with their own address protection. A child under 18 listed as a
///   recipient is an anomaly: the facts are left unknown, so nothing is sent and the
///   coordinator gets a task.
/// - The recipient is one of the child's guardians: that record's parental responsibility and
///   restriction (most restrictive when listed twice) and the strictest address protection.
/// - The register knows the person but not as the child's guardian: no parental responsibility
///   (a deliberate exclusion: nothing is sent, silently).
/// - The register does not know the person: ``RegisterLookup/notFound``; a malformed number:
///   ``RegisterLookup/unavailable`` (both fail closed and reach the coordinator).
/// - The register cannot answer now (it throws): a retriable error; the job runs again later.
struct RecipientRegister: Sendable {
    let register: any PopulationRegister
    var now: @Sendable () -> Date = { Date() }

    /// Reads `file` when given, else the embedded development families.
    static func development(file: String?) throws -> RecipientRegister {
        guard let file else { return RecipientRegister(register: FileBackedPopulationRegister.embedded()) }
        do {
            return RecipientRegister(register: try FileBackedPopulationRegister(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw NotificationServiceError(.invalidRegisterFile, "INNGANG_POPULATION_REGISTER_FILE cannot be used (\(error.code))")
        }
    }

    /// - Parameter childIsAsked: the message asks the child for (or tells them about) their own
    ///   answer — a consent the consent service made them a grantor of. Then a child under 18 who
    ///   is the recipient counts as entitled too (with their own address protection); otherwise
    ///   such a recipient is the anomaly described above.
    func lookup(recipient: PersonRef, child: PersonRef, childIsAsked: Bool = false) async throws -> RegisterLookup {
        guard let person = try? NationalIdentityNumber(recipient.nationalIdentityNumber),
              let childNumber = try? NationalIdentityNumber(child.nationalIdentityNumber)
        else { return .unavailable }
        do {
            if person == childNumber {
                guard let record = try await register.person(person) else { return .notFound }
                guard childIsAsked || person.age(on: LocalDate.today(now: now())) >= 18 else {
                    return .found(RegisterFacts(hasParentalResponsibility: nil, hasRestrictedAccess: nil, addressProtection: nil))
                }
                return .found(RegisterFacts(hasParentalResponsibility: true, hasRestrictedAccess: false,
                                            addressProtection: Self.map(record.addressProtection)))
            }
            let records = try await register.guardians(of: childNumber).filter { $0.person == person }
            guard !records.isEmpty else {
                guard let record = try await register.person(person) else { return .notFound }
                return .found(RegisterFacts(hasParentalResponsibility: false, hasRestrictedAccess: nil,
                                            addressProtection: Self.map(record.addressProtection)))
            }
            let protection = records.map { Self.map($0.addressProtection) }.max(by: { Self.strictness($0) < Self.strictness($1) })
            return .found(RegisterFacts(hasParentalResponsibility: records.allSatisfy(\.hasParentalResponsibility),
                                        hasRestrictedAccess: records.contains(where: \.restrictedAccess),
                                        addressProtection: protection))
        } catch {
            throw NotificationServiceError(.registerUnavailable, "the population register did not answer (\(type(of: error)))", isRetriable: true)
        }
    }

    /// IntakeDomain's protection levels onto the notification rule's (`strengt fortrolig utland`
    /// is not distinguished by the development register).
    static func map(_ protection: IntakeDomain.AddressProtection) -> RegisterFacts.AddressProtection {
        switch protection {
        case .none: .none
        case .fortrolig: .fortrolig
        case .strengtFortrolig: .strengtFortrolig
        }
    }

    static func strictness(_ protection: RegisterFacts.AddressProtection) -> Int {
        switch protection {
        case .none: 0
        case .fortrolig: 1
        case .strengtFortrolig, .strengtFortroligUtland: 2
        }
    }
}
