import Foundation
import InngangModels

/// What a consent (*samtykke*) says, fixed when it is requested: who may share (``sharingServices``)
/// which information (``categories``) about which child with whom (``receivingServices``), for what
/// (``purpose``), until when (``validUntil``), with which ``exceptions``, and who must give it
/// (``grantors``). Made only by ``ConsentRequestRules/makeRequest(_:consentID:guardians:requestedBy:now:rules:)``,
/// which validates it; the lifecycle never changes it (a different scope is a new consent).
public struct ConsentTerms: Codable, Hashable, Sendable {
    public var consentID: ConsentID
    /// The case the consent belongs to, when there is one (a consent can come before a case).
    public var caseID: CaseID?
    public var child: PersonRef
    /// From the child's national identity number; the age rules count from it.
    public var childBirthDate: LocalDate
    /// The services that may share ("from"), sorted, no duplicates.
    public var sharingServices: [ServiceCode]
    /// The services that may receive ("to"), sorted, no duplicates.
    public var receivingServices: [ServiceCode]
    /// Sorted, no duplicates.
    public var categories: [InformationCategory]
    public var purpose: SharingPurpose
    /// Free-text explanation of the purpose for the family (service database only, never events).
    public var purposeText: String?
    /// The last day the consent is valid; it ends at the end of that day, Oslo time
    /// (``ConsentExpiry/endOfValidity(_:)``).
    public var validUntil: LocalDate
    public var exceptions: [ConsentException]
    /// Every person whose consent is required (``RequiredGrantors``), guardians first.
    public var grantors: [Grantor]
    /// The employee who requested it (id, not name).
    public var requestedBy: String
    public var requestedAt: Date

    public init(consentID: ConsentID, caseID: CaseID?, child: PersonRef, childBirthDate: LocalDate,
                sharingServices: [ServiceCode], receivingServices: [ServiceCode], categories: [InformationCategory],
                purpose: SharingPurpose, purposeText: String?, validUntil: LocalDate, exceptions: [ConsentException],
                grantors: [Grantor], requestedBy: String, requestedAt: Date) {
        self.consentID = consentID; self.caseID = caseID; self.child = child; self.childBirthDate = childBirthDate
        self.sharingServices = sharingServices; self.receivingServices = receivingServices; self.categories = categories
        self.purpose = purpose; self.purposeText = purposeText; self.validUntil = validUntil; self.exceptions = exceptions
        self.grantors = grantors; self.requestedBy = requestedBy; self.requestedAt = requestedAt
    }

    /// The guardians among the grantors.
    public var guardianGrantors: [Grantor] { grantors.filter { $0.role == .guardian } }

    /// Whether `person` is a required grantor.
    public func isGrantor(_ person: PersonRef) -> Bool { grantors.contains { $0.person == person } }

    /// Why the consent's *scope* does not cover `from` sharing `category` with `to` for `purpose`,
    /// or `nil` when it does. Says nothing about whether the consent is in force.
    public func scopeDenial(from: ServiceCode, category: InformationCategory, to: ServiceCode,
                            purpose asked: SharingPurpose) -> DenyReason? {
        guard categories.contains(category) else { return .categoryNotCovered }
        guard sharingServices.contains(from) else { return .senderNotCovered }
        guard receivingServices.contains(to) else { return .recipientNotCovered }
        if exceptions.contains(where: { $0.excludes(from: from, category: category, to: to) }) { return .excludedByException }
        guard purpose == asked else { return .purposeNotCovered }
        return nil
    }

    /// Every (from, category, to) the scope allows, exceptions applied, sharing with oneself left out.
    public var coveredFlows: [(from: ServiceCode, category: InformationCategory, to: ServiceCode)] {
        var flows: [(from: ServiceCode, category: InformationCategory, to: ServiceCode)] = []
        for from in sharingServices {
            for category in categories {
                for to in receivingServices where to != from
                    && !exceptions.contains(where: { $0.excludes(from: from, category: category, to: to) }) {
                    flows.append((from, category, to))
                }
            }
        }
        return flows
    }
}
