import InngangModels

/// Why a sharing is not allowed. The check is fail-closed: anything unknown or ambiguous is a deny.
public enum DenyReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// No consent at all about this child.
    case noConsent = "no-consent"
    /// A consent history could not be read: nothing can be trusted.
    case historyUnreadable = "history-unreadable"
    /// The category code is not in the closed set.
    case unknownCategory = "unknown-category"
    /// The purpose code is not in the closed set.
    case unknownPurpose = "unknown-purpose"
    /// A service code is malformed.
    case unknownService = "unknown-service"
    /// No consent covers this category.
    case categoryNotCovered = "category-not-covered"
    /// The sharing service is not among those that may share.
    case senderNotCovered = "sender-not-covered"
    /// The receiving service is not among those that may receive.
    case recipientNotCovered = "recipient-not-covered"
    /// An exception in the consent excludes this sharing ("…but not to X").
    case excludedByException = "excluded-by-exception"
    /// The consent was given for another purpose.
    case purposeNotCovered = "purpose-not-covered"
    /// Not every required grantor had given it at that time.
    case notAllGiven = "not-all-given"
    /// A required grantor refused.
    case refused
    /// A grantor withdrew it before that time.
    case withdrawn
    /// Someone other than a grantor revoked it before that time.
    case revoked
    /// Its last valid day had passed.
    case expired
    /// The child had come of age: consents given by guardians lapsed; the young person decides.
    case childCameOfAge = "child-came-of-age"
    /// An age rule now needs a grantor who did not give it (e.g. health from 16).
    case grantorsChangedWithAge = "grantors-changed-with-age"
}

/// The answer of ``ConsentCheck``: allow, naming the consent that covers it, or deny with why.
public enum ConsentDecision: Hashable, Sendable {
    case allow(ConsentID)
    case deny(DenyReason)

    public var isAllowed: Bool { if case .allow = self { true } else { false } }
}
