/// What the population register (Folkeregisteret) says about a recipient in relation to the
/// case's child, looked up right before sending. `nil` fields: the register did not say.
public struct RegisterFacts: Sendable, Hashable, Codable {
    /// *Adressebeskyttelse* (Folkeregisteret's `adressebeskyttelse`): `fortrolig` (code 7),
    /// `strengt fortrolig` (code 6), and `strengt fortrolig utland` (code 19).
    public enum AddressProtection: String, Sendable, Hashable, Codable, CaseIterable {
        case none = "ugradert"
        case fortrolig
        case strengtFortrolig = "strengt-fortrolig"
        case strengtFortroligUtland = "strengt-fortrolig-utland"

        public var isProtected: Bool { self != .none }
    }

    /// Whether the recipient has parental responsibility (*foreldreansvar*) for the child.
    public var hasParentalResponsibility: Bool?
    /// Whether the recipient's access to information about the child is restricted (e.g. by a
    /// court or a child-welfare decision).
    public var hasRestrictedAccess: Bool?
    public var addressProtection: AddressProtection?

    public init(hasParentalResponsibility: Bool?, hasRestrictedAccess: Bool?, addressProtection: AddressProtection?) {
        self.hasParentalResponsibility = hasParentalResponsibility
        self.hasRestrictedAccess = hasRestrictedAccess
        self.addressProtection = addressProtection
    }
}

/// The result of asking the register. A failed *call* (timeout, 5xx) is the caller's to retry;
/// ``unavailable`` means the answer cannot be had (e.g. the register refuses the lookup).
public enum RegisterLookup: Sendable, Hashable {
    case found(RegisterFacts)
    case notFound
    case unavailable
}
