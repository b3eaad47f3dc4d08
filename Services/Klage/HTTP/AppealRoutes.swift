import Foundation
import HTTPTypes
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService
import KlageDomain

/// `POST /v1/appeals` (a party files), `GET /v1/appeals` (an employee's list for their service)
/// and `GET /v1/appeals/{appealID}` (a party, or an employee of the decision's service). Every
/// read and filing is written to `audit_log` in the same transaction.
struct AppealRoutes: Sendable {
    let filing: AppealFiling
    let handling: AppealHandling
    let pool: PostgresPool
    let rules: KlageRules

    func register(on router: Router<InngangRequestContext>) {
        router.post("/v1/appeals", use: file)
        router.get("/v1/appeals", use: list)
        router.get("/v1/appeals/:appealID", use: show)
    }

    @Sendable func file(_ request: Request, context: InngangRequestContext) async throws -> Response {
        let citizen = try context.requireCitizen()
        let actor = try context.requireCaller().auditReference
        let language = try RequestInputs.language(request)
        let key = try RequestInputs.idempotencyKey(request)
        let body = try await RequestInputs.body(request, as: FilingBody.self, context: context)
        let input = try Self.input(body)

        switch try await filing.file(input, appellant: citizen.nationalIdentityNumber, actor: actor, key: key, language: language,
                                     requestID: context.requestID) {
        case .created(let bytes, let appealID, let caseID, let eventIDs):
            context.logger.info("appeal filed", metadata: [
                LogKey.caseID: "\(caseID)", "appeal.id": "\(appealID)", LogKey.eventID: "\(eventIDs.joined(separator: ","))",
            ])
            return JSONBody.response(bytes: bytes, status: .created, headers: [.location: "/v1/appeals/\(appealID)"])
        case .replayed(let bytes, let appealID):
            return JSONBody.response(bytes: bytes, status: .created,
                                     headers: [RequestInputs.replayedField: "true", .location: "/v1/appeals/\(appealID)"])
        }
    }

    /// The body's field checks: `caseID` and `decisionID` required (a value that is not an id is
    /// an unknown case or decision: 404), texts trimmed and bounded, attachment references bounded.
    static func input(_ body: FilingBody) throws -> FilingInput {
        var problems: [ProblemDetails.FieldProblem] = []
        if body.caseID == nil { problems.append(.init(pointer: "/caseID", detail: "Required: the case the decision was made in.")) }
        if body.decisionID == nil { problems.append(.init(pointer: "/decisionID", detail: "Required: the decision appealed against.")) }
        let changeWanted = FieldRules.text(body.changeWanted, pointer: "/changeWanted", problems: &problems)
        let reasons = FieldRules.text(body.reasons, pointer: "/reasons", problems: &problems)
        let attachments = FieldRules.attachments(body.attachments, problems: &problems)
        try FieldRules.throwIfAny(problems)
        guard let caseID = body.caseID.flatMap(CaseID.init), let decisionID = body.decisionID.flatMap(DecisionID.init) else {
            throw ProblemDetails.noSuchDecision
        }
        return FilingInput(caseID: caseID, decisionID: decisionID, changeWanted: changeWanted, reasons: reasons, attachments: attachments)
    }

    /// The employee's service's appeals: the § 11 a flag first (overdue), then by due date.
    @Sendable func list(_ request: Request, context: InngangRequestContext) async throws -> Response {
        let employee = try context.requireEmployee()
        let actor = try context.requireCaller().auditReference
        let service = ServiceCode(rawValue: employee.service)
        let now = Date()
        let presenter = AppealPresenter(rules: rules)
        let appeals = try await pool.withTransaction { connection in
            let stored = try await AppealStore.appeals(of: service, on: connection)
            // One row per appeal shown, so each family can see that its appeal was read.
            for appeal in stored {
                try await AuditLog.record(actor: actor, .listAppeals, caseID: appeal.caseID, appealID: appeal.appealID,
                                          requestID: context.requestID, on: connection)
            }
            return stored.map { presenter.summary($0, now: now) }
        }
        let sorted = appeals.sorted { a, b in
            if a.interimReplyOverdue != b.interimReplyOverdue { return a.interimReplyOverdue }
            if a.status.isClosed != b.status.isClosed { return !a.status.isClosed }
            return (a.interimReplyDueBy, a.filedAt) < (b.interimReplyDueBy, b.filedAt)
        }
        return try JSONBody.response(AppealList(appeals: sorted))
    }

    @Sendable func show(_ request: Request, context: InngangRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let language = try RequestInputs.language(request)
        let appealID = try RequestInputs.appealID(context)
        let view = try await handling.read(appealID, .init(caller: caller, language: language, requestID: context.requestID))
        return try JSONBody.response(view)
    }
}
