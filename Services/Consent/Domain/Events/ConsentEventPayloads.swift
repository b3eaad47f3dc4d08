import Foundation
import InngangModels

/// Payloads of the consent service's events (topic ``InngangTopic/consent``, key = consent id).
/// Ids and codes only: no purpose text, no child's view, no names. Written with plain model
/// types (``PersonRef``, ``ServiceCode``, strings for codes) so they can move to InngangModels.

/// A person who must answer a consent request, and in which role (`guardian` or `child`).
public struct ConsentGrantorV1: Codable, Sendable, Equatable {
    public var person: PersonRef
    /// `guardian` or `child`.
    public var role: String
    public init(person: PersonRef, role: String) {
        self.person = person
        self.role = role
    }
}

/// An exception in a consent's scope, as codes: `kind` is `recipient` (nothing to `to`), `pair`
/// (not from `from` to `to`) or `category-to-recipient` (not `category` to `to`).
public struct ConsentExceptionV1: Codable, Sendable, Equatable {
    public var kind: String
    public var from: ServiceCode?
    public var category: String?
    public var to: ServiceCode
    public init(kind: String, from: ServiceCode?, category: String?, to: ServiceCode) {
        self.kind = kind; self.from = from; self.category = category; self.to = to
    }
}

/// `no.inngang.consent.requested.v1`: consent was requested from the required grantors.
public struct ConsentRequestedV1: Codable, Sendable, Equatable {
    public var consentID: ConsentID
    public var caseID: CaseID?
    public var child: PersonRef
    public var grantors: [ConsentGrantorV1]
    public var sharingServices: [ServiceCode]
    public var receivingServices: [ServiceCode]
    /// Information category codes (`health`, `school`, …).
    public var categories: [String]
    /// The purpose code (the purpose text stays in the consent service).
    public var purpose: String
    public var exceptions: [ConsentExceptionV1]
    public var validUntil: LocalDate
    /// The requesting employee's id.
    public var requestedBy: String
    public var requestedAt: Date
    public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, grantors: [ConsentGrantorV1], sharingServices: [ServiceCode],
                receivingServices: [ServiceCode], categories: [String], purpose: String, exceptions: [ConsentExceptionV1],
                validUntil: LocalDate, requestedBy: String, requestedAt: Date) {
        self.consentID = consentID; self.caseID = caseID; self.child = child; self.grantors = grantors
        self.sharingServices = sharingServices; self.receivingServices = receivingServices; self.categories = categories
        self.purpose = purpose; self.exceptions = exceptions; self.validUntil = validUntil
        self.requestedBy = requestedBy; self.requestedAt = requestedAt
    }
}

/// `no.inngang.consent.given.v1`: every required grantor gave consent; it is in force from
/// `inForceFrom` through `validUntil` (Oslo time), unless withdrawn, revoked or the child comes of age.
public struct ConsentGivenV1: Codable, Sendable, Equatable {
    public var consentID: ConsentID
    public var caseID: CaseID?
    public var child: PersonRef
    public var grantors: [PersonRef]
    public var validUntil: LocalDate
    public var inForceFrom: Date
    public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, grantors: [PersonRef], validUntil: LocalDate, inForceFrom: Date) {
        self.consentID = consentID; self.caseID = caseID; self.child = child; self.grantors = grantors
        self.validUntil = validUntil; self.inForceFrom = inForceFrom
    }
}

/// `no.inngang.consent.refused.v1`: a required grantor refused; the consent will not come into force.
public struct ConsentRefusedV1: Codable, Sendable, Equatable {
    public var consentID: ConsentID
    public var caseID: CaseID?
    public var child: PersonRef
    public var refusedBy: PersonRef
    /// Every grantor, so each can be told.
    public var grantors: [PersonRef]
    public var refusedAt: Date
    public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, refusedBy: PersonRef, grantors: [PersonRef], refusedAt: Date) {
        self.consentID = consentID; self.caseID = caseID; self.child = child; self.refusedBy = refusedBy
        self.grantors = grantors; self.refusedAt = refusedAt
    }
}

/// `no.inngang.consent.withdrawn.v1`: a grantor withdrew consent. It ends at `withdrawnAt`, not
/// retroactively. `informedServices` received information under it and must each be told.
public struct ConsentWithdrawnV1: Codable, Sendable, Equatable {
    public var consentID: ConsentID
    public var caseID: CaseID?
    public var child: PersonRef
    public var withdrawnBy: PersonRef
    public var grantors: [PersonRef]
    /// Whether it had come into force (every grantor had given it) before the withdrawal.
    public var wasInForce: Bool
    public var informedServices: [ServiceCode]
    public var withdrawnAt: Date
    public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, withdrawnBy: PersonRef, grantors: [PersonRef],
                wasInForce: Bool, informedServices: [ServiceCode], withdrawnAt: Date) {
        self.consentID = consentID; self.caseID = caseID; self.child = child; self.withdrawnBy = withdrawnBy
        self.grantors = grantors; self.wasInForce = wasInForce; self.informedServices = informedServices; self.withdrawnAt = withdrawnAt
    }
}

/// `no.inngang.consent.revoked.v1`: someone other than a grantor ended the consent.
public struct ConsentRevokedV1: Codable, Sendable, Equatable {
    public var consentID: ConsentID
    public var caseID: CaseID?
    public var child: PersonRef
    /// An employee's id or an authority's code.
    public var revokedBy: String
    /// A ``RevocationReason`` code.
    public var reason: String
    public var grantors: [PersonRef]
    public var informedServices: [ServiceCode]
    public var revokedAt: Date
    public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, revokedBy: String, reason: String, grantors: [PersonRef],
                informedServices: [ServiceCode], revokedAt: Date) {
        self.consentID = consentID; self.caseID = caseID; self.child = child; self.revokedBy = revokedBy; self.reason = reason
        self.grantors = grantors; self.informedServices = informedServices; self.revokedAt = revokedAt
    }
}

/// `no.inngang.consent.expired.v1`: the consent lapsed (end date passed, the child came of age,
/// or the age rules changed who must consent). Checks denied from the moment it lapsed; this
/// event tells the family and the services afterwards.
public struct ConsentExpiredV1: Codable, Sendable, Equatable {
    public var consentID: ConsentID
    public var caseID: CaseID?
    public var child: PersonRef
    /// An ``ExpiryReason`` code.
    public var reason: String
    public var grantors: [PersonRef]
    public var informedServices: [ServiceCode]
    public var expiredAt: Date
    public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, reason: String, grantors: [PersonRef],
                informedServices: [ServiceCode], expiredAt: Date) {
        self.consentID = consentID; self.caseID = caseID; self.child = child; self.reason = reason
        self.grantors = grantors; self.informedServices = informedServices; self.expiredAt = expiredAt
    }
}

/// Proposed, no event type registered yet: a legal basis other than consent was recorded for
/// sharing (see ``LegalBasisKind``). Codes only; the justification stays in the consent service.
public struct LegalBasisRecordedV1: Codable, Sendable, Equatable {
    public var legalBasisID: LegalBasisID
    public var caseID: CaseID?
    public var child: PersonRef
    /// A ``LegalBasisKind`` code.
    public var kind: String
    public var from: ServiceCode
    public var to: ServiceCode
    public var categories: [String]
    public var recordedBy: String
    public var recordedAt: Date
    public init(legalBasisID: LegalBasisID, caseID: CaseID?, child: PersonRef, kind: String, from: ServiceCode, to: ServiceCode,
                categories: [String], recordedBy: String, recordedAt: Date) {
        self.legalBasisID = legalBasisID; self.caseID = caseID; self.child = child; self.kind = kind; self.from = from
        self.to = to; self.categories = categories; self.recordedBy = recordedBy; self.recordedAt = recordedAt
    }
}
