import Foundation
import InngangModels

/// Something a person has to do because intake could not finish a case on its own.
public enum IntakeFollowUp: String, Sendable, Hashable, Codable {
    /// Every coordinator in the pool is full: the coordinators' lead assigns one by hand
    /// (the case is received and routed meanwhile).
    case assignCoordinatorManually = "assign-coordinator-manually"
}

/// A case intake has accepted: everything decided at receipt, ready to be stored (with its
/// events in the outbox) in one transaction and answered with ``receipt``.
public struct AcceptedCase: Sendable, Equatable {
    public var caseID: CaseID
    public var caseNumber: CaseNumber
    /// Municipality number of the routing rules used.
    public var municipality: String
    public var receivedAt: Date
    /// The authenticated applicant (a guardian, or the young person). Personal data.
    public var applicant: NationalIdentityNumber
    public var application: ValidApplication
    /// From ``ApplicantEligibility``: the applicant first.
    public var recipients: [CaseRecipient]
    public var routes: [RoutedService]
    public var coordinator: Coordinator?
    public var followUps: [IntakeFollowUp]
    public var receipt: Receipt

    /// Decides routing (``RoutingRules/route(categories:)``), the coordinator
    /// (``CoordinatorAssignment``, in the family's preferred language) and the receipt (in the
    /// family's language) for an application whose applicant was found eligible.
    ///
    /// - Parameters:
    ///   - currentLoads: open cases per coordinator id, read in the same transaction.
    ///   - calendar: for the expected date on the receipt.
    public static func accept(
        caseID: CaseID, caseNumber: CaseNumber, receivedAt: Date, applicant: NationalIdentityNumber,
        application: ValidApplication, recipients: [CaseRecipient], rules: RoutingRules,
        pool: CoordinatorPool, currentLoads: [String: Int], calendar: WorkingDayCalendar = .norwayProcessing
    ) -> AcceptedCase {
        let routes = rules.route(categories: application.needCategories)
        let coordinator = CoordinatorAssignment.choose(pool: pool, currentLoads: currentLoads,
                                                       language: application.preferredCoordinatorLanguage)
        let receipt = ReceiptWriter.receipt(
            caseNumber: caseNumber, receivedOn: LocalDate(receivedAt, in: .oslo), routes: routes, rules: rules,
            coordinator: coordinator, interpreterNeeded: application.interpreter != nil, language: application.language,
            calendar: calendar)
        return AcceptedCase(
            caseID: caseID, caseNumber: caseNumber, municipality: rules.municipality, receivedAt: receivedAt,
            applicant: applicant, application: application, recipients: recipients, routes: routes,
            coordinator: coordinator, followUps: coordinator == nil ? [.assignCoordinatorManually] : [], receipt: receipt)
    }
}
