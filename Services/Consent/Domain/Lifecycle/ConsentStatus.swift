import Foundation
import InngangModels

/// Where a consent is in its lifecycle:
/// `awaiting` → `inForce` (when **every** required grantor has given it) or `refused` (by one);
/// `awaiting`/`inForce` → `withdrawn` (by any grantor, at any time) / `revoked` (by another party)
/// / `expired`. The last four are final.
public enum ConsentStatus: Hashable, Sendable {
    /// Requested; not every required grantor has given it yet.
    case awaiting
    /// Every required grantor has given it.
    case inForce(since: Date)
    case refused(by: PersonRef, at: Date)
    case withdrawn(by: PersonRef, at: Date)
    case revoked(by: String, reason: RevocationReason, at: Date)
    case expired(reason: ExpiryReason, at: Date)

    /// Whether the consent has ended for good.
    public var isEnded: Bool { endedAt != nil }

    /// When it ended, for the final states.
    public var endedAt: Date? {
        switch self {
        case .awaiting, .inForce: return nil
        case .refused(_, let at), .withdrawn(_, let at), .revoked(_, _, let at), .expired(_, let at): return at
        }
    }

    /// A stable code for APIs and storage.
    public var code: String {
        switch self {
        case .awaiting: return "awaiting"
        case .inForce: return "in-force"
        case .refused: return "refused"
        case .withdrawn: return "withdrawn"
        case .revoked: return "revoked"
        case .expired: return "expired"
        }
    }
}
