import ApplicationStatusDomain
import Foundation
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService

/// `GET /v1/cases` (a guardian's cases) and `GET /v1/cases/{caseID}` (the case as the family
/// sees it; a caseworker sees their own service's part). Each successful read is written to
/// `audit_log` in the same transaction.
struct CaseRoutes: Sendable {
    let pool: PostgresPool
    let catalog: ServiceCatalog

    struct CaseList: Codable, Sendable {
        var cases: [CaseSummary]
    }

    func register(on router: Router<InngangRequestContext>) {
        router.get("/v1/cases", use: listCases)
        router.get("/v1/cases/:caseID", use: showCase)
    }

    /// The cases the citizen was told about as a guardian (recipient of `case-received`).
    @Sendable func listCases(_ request: Request, context: InngangRequestContext) async throws -> Response {
        let citizen = try context.requireCitizen()
        let actor = try context.requireCaller().auditReference
        _ = try RequestInputs.language(request)
        let cases = try await pool.withTransaction { connection in
            let cases = try await CaseDirectory.cases(ofRecipient: citizen.nationalIdentityNumber, on: connection)
            try await AuditLog.record(actor: actor, .listCases, caseID: nil, on: connection)
            return cases
        }
        return try JSONBody.response(CaseList(cases: cases))
    }

    /// The case as ``CitizenCaseView``: 404 unless received and visible to the caller.
    @Sendable func showCase(_ request: Request, context: InngangRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let language = try RequestInputs.language(request)
        let caseID = try RequestInputs.caseID(context)
        let now = Date()
        let view = try await pool.withTransaction { connection in
            guard try await CaseDirectory.exists(caseID, on: connection) else { throw ProblemDetails.noSuchCase }
            let timeline = CaseTimeline.fold(caseID: caseID, try await CaseEventStore.events(of: caseID, on: connection))
            let texts = try await CaseEventStore.texts(of: caseID, on: connection)
            let renderer = CitizenViewRenderer(catalog: catalog, processingTimes: timeline.processingTimes)
            let view: CitizenCaseView
            do throws(ApplicationStatusDomainError) {
                view = try renderer.render(timeline, for: caller.viewer, language: language, now: now, texts: texts)
            } catch {
                throw error.problem
            }
            try await AuditLog.record(actor: caller.auditReference, .readCase, caseID: caseID, on: connection)
            return view
        }
        context.logger.debug("case read", metadata: [LogKey.caseID: "\(caseID)"])
        return try JSONBody.response(view)
    }
}
