import Foundation

/// Payloads of the intake service's events (topic ``InngangTopic/intakeCases``, key = case id).

/// `no.inngang.intake.case-received.v1`: an application or referral was received.
public struct CaseReceivedV1: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case application, referral }
    public var caseID: CaseID
    public var caseNumber: String
    public var municipality: String
    public var kind: Kind
    public var child: PersonRef
    /// The guardians with parental responsibility who are told about the case.
    public var recipients: [Recipient]
    /// Need category codes (no free text).
    public var needCategories: [String]
    public var interpreterNeeded: Bool
    public var receivedAt: Date
    public init(caseID: CaseID, caseNumber: String, municipality: String, kind: Kind, child: PersonRef, recipients: [Recipient],
                needCategories: [String], interpreterNeeded: Bool, receivedAt: Date) {
        self.caseID = caseID; self.caseNumber = caseNumber; self.municipality = municipality; self.kind = kind
        self.child = child; self.recipients = recipients; self.needCategories = needCategories
        self.interpreterNeeded = interpreterNeeded; self.receivedAt = receivedAt
    }
}

/// `no.inngang.intake.case-routed.v1`: the case was routed to one service.
public struct CaseRoutedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var service: ServiceCode
    /// The need categories that made the routing rule match.
    public var matchedCategories: [String]
    public var routedAt: Date
    /// The service's published processing time in working days (from the municipality's
    /// routing data), which the citizen portal's expected dates count from; `nil` when the
    /// municipality has not published one. Optional, so older events stay readable.
    public var processingTimeWorkingDays: Int?
    public init(caseID: CaseID, service: ServiceCode, matchedCategories: [String], routedAt: Date, processingTimeWorkingDays: Int? = nil) {
        self.caseID = caseID; self.service = service; self.matchedCategories = matchedCategories; self.routedAt = routedAt
        self.processingTimeWorkingDays = processingTimeWorkingDays
    }
}

/// `no.inngang.intake.coordinator-assigned.v1`: a coordinator (familielos / barnekoordinator:
/// the family's one fixed contact person) was assigned.
public struct CoordinatorAssignedV1: Codable, Sendable, Equatable {
    public var caseID: CaseID
    public var coordinatorID: String
    /// Shown to the family in the portal (employee's work name, phone and e-mail are not
    /// sensitive about the family). Never put in notifications.
    public var coordinatorName: String
    public var coordinatorPhone: String?
    public var coordinatorEmail: String?
    public var assignedAt: Date
    public init(caseID: CaseID, coordinatorID: String, coordinatorName: String, coordinatorPhone: String?, coordinatorEmail: String?, assignedAt: Date) {
        self.caseID = caseID; self.coordinatorID = coordinatorID; self.coordinatorName = coordinatorName
        self.coordinatorPhone = coordinatorPhone; self.coordinatorEmail = coordinatorEmail; self.assignedAt = assignedAt
    }
}
