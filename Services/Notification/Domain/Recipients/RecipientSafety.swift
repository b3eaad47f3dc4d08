import InngangModels

/// **Safe recipients rule** (domain.md: "never notify a guardian without parental
/// responsibility or with restricted access; people with protected addresses … get nothing
/// that reveals where they are"). Checked right before every send, because the register changes.
///
/// - No parental responsibility, or restricted access → nothing, silently (that is correct,
///   not a failure).
/// - Protected address (fortrolig / strengt fortrolig / utland) → SMS and e-mail only, never
///   postal mail (a letter needs the address). Inngang has no postal channel, so every
///   ``Channel`` is allowed; and since the templates carry no place, municipality, service or
///   name (``NotificationTemplates``), nothing sent can reveal where the person is.
///   ``Verdict/send(allowedChannels:protectedAddress:)`` still reports the protection, so a
///   future postal channel or richer template must take it into account.
/// - **Fail closed**: not in the register, the lookup unavailable, or any needed fact missing
///   (`nil`) → don't send.
public enum RecipientSafety {
    public enum Verdict: Sendable, Hashable {
        case send(allowedChannels: Set<Channel>, protectedAddress: Bool)
        case doNotSend(Reason)

        public var maySend: Bool { if case .send = self { true } else { false } }
    }

    public enum Reason: String, Sendable, Hashable {
        case noParentalResponsibility = "no-parental-responsibility"
        case restrictedAccess = "restricted-access"
        case notInRegister = "not-in-register"
        case factsUnknown = "register-facts-unknown"

        /// Whether the rule *knows* this person must not be told (silence is right), as
        /// opposed to not being able to tell (the coordinator should hear about it).
        public var isDeliberateExclusion: Bool { self == .noParentalResponsibility || self == .restrictedAccess }
    }

    /// Channels allowed to a person with a protected address. Never postal.
    public static let channelsForProtectedAddress: Set<Channel> = [.sms, .email]

    public static func check(_ recipient: Recipient, _ lookup: RegisterLookup) -> Verdict {
        let facts: RegisterFacts
        switch lookup {
        case .found(let f): facts = f
        case .notFound: return .doNotSend(.notInRegister)
        case .unavailable: return .doNotSend(.factsUnknown)
        }
        // A known exclusion wins over an unknown fact.
        if facts.hasParentalResponsibility == false { return .doNotSend(.noParentalResponsibility) }
        if facts.hasRestrictedAccess == true { return .doNotSend(.restrictedAccess) }
        guard facts.hasParentalResponsibility == true, facts.hasRestrictedAccess == false, let protection = facts.addressProtection else {
            return .doNotSend(.factsUnknown)
        }
        if protection.isProtected { return .send(allowedChannels: channelsForProtectedAddress, protectedAddress: true) }
        return .send(allowedChannels: Set(Channel.allCases), protectedAddress: false)
    }
}
