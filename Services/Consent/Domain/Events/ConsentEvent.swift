import Foundation
import InngangModels

/// An event a lifecycle step publishes (through the outbox, topic ``InngangTopic/consent``, key =
/// ``key``), with its catalogue type.
public enum ConsentEvent: Sendable, Equatable {
    case requested(ConsentRequestedV1)
    case given(ConsentGivenV1)
    case refused(ConsentRefusedV1)
    case withdrawn(ConsentWithdrawnV1)
    case revoked(ConsentRevokedV1)
    case expired(ConsentExpiredV1)

    /// The catalogue type (``EventType`` constants in InngangModels).
    public var type: EventType {
        switch self {
        case .requested: return .consentRequested
        case .given: return .consentGiven
        case .refused: return .consentRefused
        case .withdrawn: return .consentWithdrawn
        case .revoked: return .consentRevoked
        case .expired: return .consentExpired
        }
    }

    /// The partition key: the consent id, so one consent's events stay in order.
    public var key: String {
        switch self {
        case .requested(let p): return p.consentID.description
        case .given(let p): return p.consentID.description
        case .refused(let p): return p.consentID.description
        case .withdrawn(let p): return p.consentID.description
        case .revoked(let p): return p.consentID.description
        case .expired(let p): return p.consentID.description
        }
    }

    /// The payload, for encoding with ``EventJSON/encoder``.
    public var payload: any Encodable & Sendable {
        switch self {
        case .requested(let p): return p
        case .given(let p): return p
        case .refused(let p): return p
        case .withdrawn(let p): return p
        case .revoked(let p): return p
        case .expired(let p): return p
        }
    }
}

/// Builds the payloads from a record (codes only).
enum ConsentEventBuilder {
    static func requested(_ t: ConsentTerms) -> ConsentEvent {
        .requested(ConsentRequestedV1(
            consentID: t.consentID, caseID: t.caseID, child: t.child,
            grantors: t.grantors.map { ConsentGrantorV1(person: $0.person, role: $0.role.rawValue) },
            sharingServices: t.sharingServices, receivingServices: t.receivingServices,
            categories: t.categories.map(\.rawValue), purpose: t.purpose.rawValue,
            exceptions: t.exceptions.map(exception), validUntil: t.validUntil,
            requestedBy: t.requestedBy, requestedAt: t.requestedAt))
    }

    static func exception(_ e: ConsentException) -> ConsentExceptionV1 {
        switch e {
        case .recipient(let to): return ConsentExceptionV1(kind: "recipient", from: nil, category: nil, to: to)
        case .pair(let from, let to): return ConsentExceptionV1(kind: "pair", from: from, category: nil, to: to)
        case .categoryToRecipient(let c, let to):
            return ConsentExceptionV1(kind: "category-to-recipient", from: nil, category: c.rawValue, to: to)
        }
    }

    static func given(_ r: ConsentRecord, at: Date) -> ConsentEvent {
        .given(ConsentGivenV1(consentID: r.consentID, caseID: r.terms.caseID, child: r.terms.child, grantors: grantors(r),
                              validUntil: r.terms.validUntil, inForceFrom: at))
    }

    static func refused(_ r: ConsentRecord, by: PersonRef, at: Date) -> ConsentEvent {
        .refused(ConsentRefusedV1(consentID: r.consentID, caseID: r.terms.caseID, child: r.terms.child, refusedBy: by,
                                  grantors: grantors(r), refusedAt: at))
    }

    static func withdrawn(_ r: ConsentRecord, by: PersonRef, at: Date) -> ConsentEvent {
        .withdrawn(ConsentWithdrawnV1(consentID: r.consentID, caseID: r.terms.caseID, child: r.terms.child, withdrawnBy: by,
                                      grantors: grantors(r), wasInForce: r.inForceSince != nil,
                                      informedServices: r.informedServices, withdrawnAt: at))
    }

    static func revoked(_ r: ConsentRecord, by: String, reason: RevocationReason, at: Date) -> ConsentEvent {
        .revoked(ConsentRevokedV1(consentID: r.consentID, caseID: r.terms.caseID, child: r.terms.child, revokedBy: by,
                                  reason: reason.rawValue, grantors: grantors(r), informedServices: r.informedServices, revokedAt: at))
    }

    static func expired(_ r: ConsentRecord, reason: ExpiryReason, at: Date) -> ConsentEvent {
        .expired(ConsentExpiredV1(consentID: r.consentID, caseID: r.terms.caseID, child: r.terms.child, reason: reason.rawValue,
                                  grantors: grantors(r), informedServices: r.informedServices, expiredAt: at))
    }

    private static func grantors(_ r: ConsentRecord) -> [PersonRef] { r.terms.grantors.map(\.person) }
}
