import Foundation
import HTTPTypes
import Hummingbird
import InngangModels
import InngangService
import KlageDomain

/// Requests for the reasons for a decision (forvaltningsloven § 24 second paragraph, § 29 third
/// paragraph; ``ReasonRequests``):
/// - `POST /v1/reason-requests` — a citizen party asks (`201`; asking again: `200` with the
///   request as it stands; optional `Idempotency-Key`);
/// - `GET /v1/reason-requests/{reasonRequestID}` — a party, or an employee of the decision's service;
/// - `POST /v1/reason-requests/{reasonRequestID}/answered` — an employee of the decision's service
///   with role `caseworker` or `underinstans` records that the reasons were given (`200`).
/// Texts in `?lang=` (default nb).
struct ReasonRequestRoutes: Sendable {
    let requests: ReasonRequests

    func register(on router: Router<InngangRequestContext>) {
        router.post("/v1/reason-requests", use: create)
        router.get("/v1/reason-requests/:reasonRequestID", use: show)
        router.post("/v1/reason-requests/:reasonRequestID/answered", use: answered)
    }

    private func callRequest(_ request: Request, _ context: InngangRequestContext) throws -> ReasonRequests.Request {
        ReasonRequests.Request(caller: try context.requireCaller(), language: try RequestInputs.language(request), requestID: context.requestID)
    }

    @Sendable func create(_ request: Request, context: InngangRequestContext) async throws -> Response {
        let citizen = try context.requireCitizen()
        let call = try callRequest(request, context)
        let key = try RequestInputs.idempotencyKey(request)
        let input = try Self.input(try await RequestInputs.body(request, as: ReasonRequestBody.self, context: context))
        let view: ReasonRequestView
        var status = HTTPResponse.Status.created
        var headers: HTTPFields = [:]
        switch try await requests.request(input, requester: citizen.nationalIdentityNumber, key: key, call) {
        case .created(let v): view = v
        case .existing(let v): view = v; status = .ok
        case .replayed(let v): view = v; headers[RequestInputs.replayedField] = "true"
        }
        headers[.location] = "/v1/reason-requests/\(view.reasonRequestID)"
        return JSONBody.response(bytes: try JSONBody.encode(view), status: status, headers: headers)
    }

    /// The body's field checks: both ids required (422); a value that is not an id is an unknown
    /// case or decision (404).
    static func input(_ body: ReasonRequestBody) throws -> ReasonRequestInput {
        var problems: [ProblemDetails.FieldProblem] = []
        if body.caseID == nil { problems.append(.init(pointer: "/caseID", detail: "Required: the case the decision was made in.")) }
        if body.decisionID == nil { problems.append(.init(pointer: "/decisionID", detail: "Required: the decision whose reasons you ask for.")) }
        try FieldRules.throwIfAny(problems)
        guard let caseID = body.caseID.flatMap(CaseID.init), let decisionID = body.decisionID.flatMap(DecisionID.init) else {
            throw ProblemDetails.noSuchDecision
        }
        return ReasonRequestInput(caseID: caseID, decisionID: decisionID)
    }

    @Sendable func show(_ request: Request, context: InngangRequestContext) async throws -> Response {
        let call = try callRequest(request, context)
        return try JSONBody.response(try await requests.read(try Self.id(context), call))
    }

    @Sendable func answered(_ request: Request, context: InngangRequestContext) async throws -> Response {
        _ = try context.requireEmployee()
        let call = try callRequest(request, context)
        let id = try Self.id(context)
        _ = try await RequestInputs.body(request, as: ReasonsGivenBody.self, context: context)
        return try JSONBody.response(try await requests.answer(id, call))
    }

    /// `{reasonRequestID}`; a malformed id is simply an unknown request (404).
    static func id(_ context: InngangRequestContext) throws -> ReasonRequestID {
        guard let id = context.parameters.get("reasonRequestID", as: ReasonRequestID.self) else { throw ProblemDetails.noSuchReasonRequest }
        return id
    }
}
