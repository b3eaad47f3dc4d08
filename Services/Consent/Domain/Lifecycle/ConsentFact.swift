import Foundation
import InngangModels

/// Why a consent was revoked by someone other than a grantor.
public enum RevocationReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// The register changed who has parental responsibility; the grantors are no longer right.
    case parentalResponsibilityChanged = "parental-responsibility-changed"
    /// The service that requested it cancelled the request (e.g. made by mistake, no longer needed).
    case cancelledByService = "cancelled-by-service"
    /// A decision by an authority (e.g. a court or the child welfare tribunal) ends it.
    case decisionByAuthority = "decision-by-authority"
}

/// Information shared under a consent: recorded so that every service that received something is
/// told when the consent ends. The consent service records one for every check it allowed.
public struct SharingRecord: Codable, Hashable, Sendable {
    public var from: ServiceCode
    public var to: ServiceCode
    public var category: InformationCategory
    public var purpose: SharingPurpose
    public var at: Date
    public init(from: ServiceCode, to: ServiceCode, category: InformationCategory, purpose: SharingPurpose, at: Date) {
        self.from = from; self.to = to; self.category = category; self.purpose = purpose; self.at = at
    }
}

/// One fact in a consent's append-only history. The history is the record: the state is always
/// ``ConsentLifecycle/fold(_:rules:)`` of it, and a receipt is a rendering of it.
///
/// The first fact is ``requested(terms:)``; every later fact is dated on or after the one before.
public enum ConsentFact: Codable, Hashable, Sendable {
    /// The request, with everything it covers (see ``ConsentRequestRules``).
    case requested(terms: ConsentTerms)
    /// The child's own view, recorded beside the consent (a later view replaces an earlier one).
    case childViewRecorded(view: ChildView)
    /// A required grantor gave consent.
    case given(by: PersonRef, at: Date)
    /// A required grantor refused: the consent can never come into force.
    case refused(by: PersonRef, at: Date)
    /// A grantor withdrew consent: it ends at once, not retroactively (GDPR art. 7(3)).
    case withdrawn(by: PersonRef, at: Date)
    /// Someone other than a grantor ended it (an employee's id or an authority's code in `by`).
    case revoked(by: String, reason: RevocationReason, at: Date)
    /// Recorded by a sweeper after the consent lapsed (``ConsentExpiry``); the check never waits for it.
    case expired(reason: ExpiryReason, at: Date)
    /// Information was shared under the consent.
    case informationShared(record: SharingRecord)

    /// When the fact happened.
    public var at: Date {
        switch self {
        case .requested(let terms): return terms.requestedAt
        case .childViewRecorded(let view): return view.recordedAt
        case .given(_, let at), .refused(_, let at), .withdrawn(_, let at), .revoked(_, _, let at), .expired(_, let at):
            return at
        case .informationShared(let record): return record.at
        }
    }
}
