import Hummingbird
import InngangModels
import InngangService
import KlageDomain

/// The steps after filing. Each answers `200` with the appeal as the caller now sees it
/// (``AppealView``); a step the appeal's state does not allow is `409`.
///
/// - `POST /v1/appeals/{appealID}/completion` — the appellant (citizen) supplies missing parts.
/// - `POST /v1/appeals/{appealID}/underinstans` — employee of the decision's service, role
///   `underinstans`: reverse, reject, forward or admit-late.
/// - `POST /v1/appeals/{appealID}/klageinstans-outcome` — the same employee records the outcome.
/// - `POST /v1/appeals/{appealID}/interim-reply` — the same employee (§ 11 a).
/// - `POST /v1/appeals/{appealID}/postponement` — a citizen party requests, the same employee answers (§ 42).
struct HandlingRoutes: Sendable {
    let handling: AppealHandling

    func register(on router: Router<InngangRequestContext>) {
        router.post("/v1/appeals/:appealID/completion", use: completion)
        router.post("/v1/appeals/:appealID/underinstans", use: underinstans)
        router.post("/v1/appeals/:appealID/klageinstans-outcome", use: klageinstansOutcome)
        router.post("/v1/appeals/:appealID/interim-reply", use: interimReply)
        router.post("/v1/appeals/:appealID/postponement", use: postponement)
    }

    private func stepRequest(_ request: Request, _ context: InngangRequestContext) throws -> AppealHandling.Request {
        AppealHandling.Request(caller: try context.requireCaller(), language: try RequestInputs.language(request), requestID: context.requestID)
    }

    @Sendable func completion(_ request: Request, context: InngangRequestContext) async throws -> Response {
        _ = try context.requireCitizen()
        let appealID = try RequestInputs.appealID(context)
        let body = try await RequestInputs.body(request, as: CompletionBody.self, context: context)
        return try JSONBody.response(try await handling.complete(appealID, body, try stepRequest(request, context)))
    }

    @Sendable func underinstans(_ request: Request, context: InngangRequestContext) async throws -> Response {
        _ = try context.requireEmployee()
        let appealID = try RequestInputs.appealID(context)
        let action = try UnderinstansAction(try await RequestInputs.body(request, as: UnderinstansBody.self, context: context))
        return try JSONBody.response(try await handling.underinstans(appealID, action, try stepRequest(request, context)))
    }

    @Sendable func klageinstansOutcome(_ request: Request, context: InngangRequestContext) async throws -> Response {
        _ = try context.requireEmployee()
        let appealID = try RequestInputs.appealID(context)
        let input = try KlageinstansOutcomeInput(try await RequestInputs.body(request, as: KlageinstansOutcomeBody.self, context: context))
        return try JSONBody.response(try await handling.klageinstansOutcome(appealID, input, try stepRequest(request, context)))
    }

    @Sendable func interimReply(_ request: Request, context: InngangRequestContext) async throws -> Response {
        _ = try context.requireEmployee()
        let appealID = try RequestInputs.appealID(context)
        let input = try InterimReplyInput(try await RequestInputs.body(request, as: InterimReplyBody.self, context: context))
        return try JSONBody.response(try await handling.interimReply(appealID, input, try stepRequest(request, context)))
    }

    @Sendable func postponement(_ request: Request, context: InngangRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let appealID = try RequestInputs.appealID(context)
        let body = try await RequestInputs.body(request, as: PostponementBody.self, context: context)
        var answer: PostponementStatus?
        if case .employee = caller {
            var problems: [ProblemDetails.FieldProblem] = []
            answer = FieldRules.code(body.answer, as: PostponementStatus.self, pointer: "/answer", problems: &problems)
            if answer == .requested { problems.append(.init(pointer: "/answer", detail: "Must be granted or refused.")) }
            try FieldRules.throwIfAny(problems)
        }
        return try JSONBody.response(try await handling.postponement(appealID, answer: answer, try stepRequest(request, context)))
    }
}
