import Foundation
import InngangModels

/// An attachment to an appeal, by reference: the document itself lives in the klage service's
/// store (or the family's document area), never in the rules or in events.
public enum AttachmentTag {}
public typealias AttachmentID = Identifier<AttachmentTag>

/// An appeal as the party sent it (forvaltningsloven § 32): in writing — an authenticated
/// digital submission is writing and signature (§ 2 first paragraph letter g).
///
/// - `caseID` and `service`: the case and the service whose decision is appealed; the portal
///   files an appeal from a service's page, so both are always known.
/// - `decisionID`: which decision (*required by § 32*, but may be missing: then the appeal is
///   registered as incomplete, see ``AppealFormRule``).
/// - `changeWanted`: the change wanted (*required by § 32*).
/// - `reasons`: why (*"bør"*: should, not must — never makes the appeal incomplete).
/// - `attachments`: by reference.
/// - `sentAt`: when it was sent (the server's receipt time for a digital submission); § 30
///   counts this, not when a caseworker reads it.
public struct AppealSubmission: Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    public var decisionID: DecisionID?
    public var changeWanted: String?
    public var reasons: String?
    public var attachments: [AttachmentID]
    public var sentAt: Date

    public init(caseID: CaseID, service: ServiceCode, decisionID: DecisionID?, changeWanted: String?, reasons: String?,
                attachments: [AttachmentID] = [], sentAt: Date) {
        self.caseID = caseID; self.service = service; self.decisionID = decisionID
        self.changeWanted = changeWanted; self.reasons = reasons; self.attachments = attachments; self.sentAt = sentAt
    }
}
