import InngangModels

/// **Need-to-know rule for deny reasons**: a deny reason may only tell an employee about consents
/// their own service is part of. If none of the child's consents names the asking service (as a
/// sharing or a receiving service), every reason about those consents (withdrawn, not all given,
/// another sender, an exception …) would reveal that the child is involved with other services,
/// so the answer is ``DenyReason/noConsent`` — exactly what it would be with no consent at all.
/// Reasons about the question itself (an unknown category, purpose or service) are always shown.
public enum DenyReasonDisclosure {
    public static func visibleReason(_ reason: DenyReason, asking service: ServiceCode, consents: [ConsentRecord]) -> DenyReason {
        switch reason {
        case .unknownCategory, .unknownPurpose, .unknownService, .noConsent: return reason
        default:
            let named = consents.contains { $0.terms.sharingServices.contains(service) || $0.terms.receivingServices.contains(service) }
            return named ? reason : .noConsent
        }
    }
}
