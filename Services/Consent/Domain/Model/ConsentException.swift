import InngangModels

/// An exception inside a consent: "all the listed services may share with each other, but not
/// with X". Consent must be able to say what it does *not* cover (forvaltningsloven § 13 a nr. 1:
/// confidentiality is lifted only as far as the consent reaches).
public enum ConsentException: Codable, Hashable, Sendable {
    /// Nothing may be shared with this service.
    case recipient(to: ServiceCode)
    /// `from` may not share anything with `to` (others may).
    case pair(from: ServiceCode, to: ServiceCode)
    /// Information of `category` may not be shared with `to` (other categories may).
    case categoryToRecipient(category: InformationCategory, to: ServiceCode)

    /// Whether this exception forbids `from` sharing `category` with `to`.
    public func excludes(from: ServiceCode, category: InformationCategory, to: ServiceCode) -> Bool {
        switch self {
        case .recipient(let excluded): return to == excluded
        case .pair(let a, let b): return from == a && to == b
        case .categoryToRecipient(let c, let b): return category == c && to == b
        }
    }

    /// The receiving service the exception names.
    public var recipient: ServiceCode {
        switch self {
        case .recipient(let to), .pair(_, let to), .categoryToRecipient(_, let to): return to
        }
    }
}
