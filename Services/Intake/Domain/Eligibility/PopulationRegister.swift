import InngangModels

/// The population register (*Folkeregisteret*) as intake needs it: who a child's guardians are.
///
/// One interface for production (Skatteetaten's Folkeregister API) and development
/// (``FileBackedPopulationRegister``). Implementations throw when they cannot answer; callers
/// treat any error as "unsure" and deny (``ApplicantEligibility``).
public protocol PopulationRegister: Sendable {
    /// The child's guardians (*foreldre / verger*) with their parental-responsibility status.
    /// Empty when the register knows the child but no guardian (e.g. an adult, or a child in
    /// public care).
    func guardians(of child: NationalIdentityNumber) async throws -> [GuardianRecord]

    /// What the register knows about a person, or `nil` when the person is unknown.
    func person(_ id: NationalIdentityNumber) async throws -> PersonRecord?
}

/// Address protection (*adressebeskyttelse*) registered for a person. A protected person must
/// get nothing that reveals where they are.
public enum AddressProtection: String, Sendable, Hashable, Codable, CaseIterable {
    /// No protection.
    case none
    /// *Fortrolig* (code 7): the address is kept from the public.
    case fortrolig
    /// *Strengt fortrolig* (code 6, and 6 abroad): the address is secret even within public
    /// services; the person is under threat.
    case strengtFortrolig

    /// Whether any protection applies.
    public var isProtected: Bool { self != .none }
}

/// One guardian of a child, as the register sees it.
public struct GuardianRecord: Sendable, Hashable, Codable {
    public var person: NationalIdentityNumber
    /// Whether this guardian has parental responsibility (*foreldreansvar*) for the child.
    public var hasParentalResponsibility: Bool
    /// Access to the child or information about the child is restricted, e.g. by a court
    /// (restricted contact, *samværsbegrensning*, or the right to information withdrawn,
    /// barneloven § 47). Such a guardian is never told about the case.
    public var restrictedAccess: Bool
    public var addressProtection: AddressProtection

    public init(person: NationalIdentityNumber, hasParentalResponsibility: Bool, restrictedAccess: Bool = false,
                addressProtection: AddressProtection = .none) {
        self.person = person
        self.hasParentalResponsibility = hasParentalResponsibility
        self.restrictedAccess = restrictedAccess
        self.addressProtection = addressProtection
    }
}

/// A person as the register sees them (no names: intake does not need them).
public struct PersonRecord: Sendable, Hashable, Codable {
    public var person: NationalIdentityNumber
    public var addressProtection: AddressProtection
    public init(person: NationalIdentityNumber, addressProtection: AddressProtection = .none) {
        self.person = person
        self.addressProtection = addressProtection
    }
}
