import Foundation
import InngangModels

/// Tolerant readers of the consent service's events (topic ``InngangTopic/consent``). The
/// payload types live in the consent service (`ConsentEventPayloads.swift`); notification does
/// not import them. Each reader holds only the fields notification uses and ignores the rest,
/// so the producer can add fields freely.
///
/// A consent may have no case (`caseID` absent). Its messages are then filed under
/// ``filingCaseID`` — the consent id read as a case id — wherever the service needs a case id
/// (planned messages, cancellation scope, delivery events, coordinator tasks).
public enum ConsentTrigger {
    /// A person asked to consent, as the consent service names them.
    public struct Grantor: Decodable, Sendable, Equatable {
        public var person: PersonRef
        /// `guardian` or `child`.
        public var role: String?
        public init(person: PersonRef, role: String?) {
            self.person = person
            self.role = role
        }
    }

    /// `no.inngang.consent.requested.v1`.
    public struct Requested: Decodable, Sendable, Equatable {
        public var consentID: ConsentID
        public var caseID: CaseID?
        /// The child the consent is about: the population register is asked relative to them.
        public var child: PersonRef
        public var grantors: [Grantor]
        public var requestedAt: Date
        public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, grantors: [Grantor], requestedAt: Date) {
            self.consentID = consentID; self.caseID = caseID; self.child = child; self.grantors = grantors; self.requestedAt = requestedAt
        }
    }

    /// `no.inngang.consent.given.v1`: in force until the end of `validUntil` (Oslo).
    public struct Given: Decodable, Sendable, Equatable {
        public var consentID: ConsentID
        public var caseID: CaseID?
        public var child: PersonRef
        public var grantors: [PersonRef]
        public var validUntil: LocalDate
        public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, grantors: [PersonRef], validUntil: LocalDate) {
            self.consentID = consentID; self.caseID = caseID; self.child = child; self.grantors = grantors; self.validUntil = validUntil
        }
    }

    /// `no.inngang.consent.withdrawn.v1`.
    public struct Withdrawn: Decodable, Sendable, Equatable {
        public var consentID: ConsentID
        public var caseID: CaseID?
        public var child: PersonRef
        public var grantors: [PersonRef]
        public var withdrawnAt: Date
        public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, grantors: [PersonRef], withdrawnAt: Date) {
            self.consentID = consentID; self.caseID = caseID; self.child = child; self.grantors = grantors; self.withdrawnAt = withdrawnAt
        }
    }

    /// `no.inngang.consent.refused.v1`, `.revoked.v1` or `.expired.v1`: the consent will not be
    /// (or is no longer) in force. Only the ids are read.
    public struct Ended: Decodable, Sendable, Equatable {
        public var consentID: ConsentID
        public var caseID: CaseID?
        public init(consentID: ConsentID, caseID: CaseID?) {
            self.consentID = consentID
            self.caseID = caseID
        }
    }

    /// The case id a consent's messages are filed under: its case, or its own id when it has none.
    public static func filingCaseID(_ consentID: ConsentID, _ caseID: CaseID?) -> CaseID {
        caseID ?? CaseID(consentID.rawValue)
    }
}
