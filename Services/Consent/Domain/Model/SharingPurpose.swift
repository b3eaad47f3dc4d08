/// What the shared information may be used for: a closed, coded set. The caseworker may add a
/// free-text explanation (``ConsentTerms/purposeText``) that the family reads in the portal; that
/// text stays in the consent service's database and never enters an event.
///
/// A check asking for a different purpose than the consent names is a deny: consent reaches only
/// as far as it was given (forvaltningsloven § 13 a nr. 1).
public enum SharingPurpose: String, Codable, Sendable, CaseIterable, Hashable {
    /// Coordinate help across services (*samordning*, e.g. a coordinator's meetings).
    case coordination
    /// Refer the child to another service (*henvisning*).
    case referral
    /// Assess the child's needs (*kartlegging / utredning*).
    case assessment
    /// Make or follow up an individual plan (*individuell plan*).
    case individualPlan = "individual-plan"
    /// A transition, e.g. from kindergarten to school or from child to adult services.
    case transition

    /// Parses a purpose code; `nil` for anything not in the closed set.
    public init?(code: String) { self.init(rawValue: code) }
}
