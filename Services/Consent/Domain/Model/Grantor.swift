import InngangModels

/// Who a grantor is in relation to the child.
public enum GrantorRole: String, Codable, Sendable, Hashable {
    /// A guardian (*foresatt*) with parental responsibility (*foreldreansvar*).
    case guardian
    /// The child or young person themselves.
    case child
}

/// A person whose consent is required: the consent is valid only when every grantor has given it.
public struct Grantor: Codable, Hashable, Sendable {
    public var person: PersonRef
    public var role: GrantorRole
    public init(person: PersonRef, role: GrantorRole) {
        self.person = person
        self.role = role
    }
}

/// One guardian of the child as the population register (*Folkeregisteret*) reports it: the
/// input to ``RequiredGrantors``. A plain value, so the rule needs no register client.
public struct GuardianFact: Codable, Hashable, Sendable {
    public var person: PersonRef
    /// Whether this guardian has parental responsibility (*foreldreansvar*, barneloven § 30) and
    /// therefore consents on the child's behalf.
    public var hasParentalResponsibility: Bool
    /// Access to the child or to information about the child is restricted (e.g. by a court).
    /// Inngang never contacts such a guardian.
    public var restrictedAccess: Bool

    public init(person: PersonRef, hasParentalResponsibility: Bool, restrictedAccess: Bool = false) {
        self.person = person
        self.hasParentalResponsibility = hasParentalResponsibility
        self.restrictedAccess = restrictedAccess
    }
}
