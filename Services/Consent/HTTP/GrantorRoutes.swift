import ConsentDomain
import Foundation
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService

/// What a grantor (citizen token) does with a consent (docs/openapi/consent.yaml):
/// - `POST /v1/consents/{consentID}/answer` `{"answer":"give"|"refuse"}` — `given` only when
///   every required grantor has given it; the same answer again changes nothing (200); an answer
///   after the consent ended (refused, withdrawn, revoked, expired) is a 409.
/// - `POST /v1/consents/{consentID}/withdraw` `{}` — one call, effective at once; the event names
///   every service that received information under it.
/// - `GET /v1/consents/{consentID}/receipt?lang=` — the whole history as plain text.
///
/// Someone who is not a required grantor gets 404, as for a consent that does not exist. Writes
/// lock the consent's row; a lapsed consent's expiry is recorded before anything else.
struct GrantorRoutes: Sendable {
    let context: ServiceContext
    let settings: ConsentSettings
    let ledger: ConsentLedger

    func register(on router: Router<InngangRequestContext>) {
        router.post(RouterPath("/v1/consents/{consentID}/answer")) { request, context in try await answer(request, context) }
        router.post(RouterPath("/v1/consents/{consentID}/withdraw")) { request, context in try await withdraw(request, context) }
        router.get(RouterPath("/v1/consents/{consentID}/receipt")) { request, context in try await receipt(request, context) }
    }

    struct AnswerBody: Codable, Sendable {
        var answer: String?
    }

    enum Answer: String, Sendable {
        case give, refuse
    }

    /// A write's result: committed either way (a recorded expiry is kept), then answered.
    enum Outcome: Sendable {
        case done(ConsentStatusAnswer)
        case refused(ProblemDetails)
        case notFound
    }

    // MARK: - answer

    func answer(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let citizen = try rc.requireCitizen()
        let id = try HTTPInputs.consentID(rc)
        let body = try await request.decodeBody(as: AnswerBody.self, context: rc)
        guard let answer = body.answer.flatMap(Answer.init(rawValue:)) else { throw ConsentProblems.invalid(["/answer"]) }
        let me = HTTPInputs.person(citizen)
        let now = ConsentLedger.now()
        let rules = settings.ageRules

        let outcome = try await context.pool.withTransaction { conn -> Outcome in
            guard var consent = try await ledger.lock(id, on: conn), consent.record.terms.isGrantor(me) else { return .notFound }
            try await AuditLog.record(actor: Caller.citizen(citizen).auditReference, .answerConsent, consentID: id,
                                      child: consent.record.terms.child.nationalIdentityNumber, outcome: answer.rawValue,
                                      requestID: rc.requestID, on: conn)
            try await ledger.settleExpiry(&consent, now: now, on: conn)
            let status = consent.record.status
            if case .refused(let by, _) = status, by == me, answer == .refuse {
                return .done(ConsentStatusAnswer(consentID: id, status: "refused"))  // the same answer again
            }
            if status.isEnded {
                return .refused(.conflict("The consent has ended (refused, withdrawn, revoked or expired) and can no longer be answered. A new consent must be requested."))
            }
            let at = ConsentLedger.stamp(now, consent.record)
            let fact: ConsentFact = answer == .give ? .given(by: me, at: at) : .refused(by: me, at: at)
            do { try await ledger.apply(fact, to: &consent, on: conn) } catch let error as ConsentDomainError {
                return .refused(try ConsentProblems.problem(for: error))
            }
            return .done(ConsentStatusAnswer(consentID: id, status: ConsentStatusCode.of(consent.record, at: now, rules: rules)))
        }
        return try respond(outcome, rc, action: "consent answered")
    }

    // MARK: - withdraw

    func withdraw(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let citizen = try rc.requireCitizen()
        let id = try HTTPInputs.consentID(rc)
        try await HTTPInputs.requireObjectBody(request, rc)
        let me = HTTPInputs.person(citizen)
        let now = ConsentLedger.now()
        let rules = settings.ageRules

        let outcome = try await context.pool.withTransaction { conn -> Outcome in
            guard var consent = try await ledger.lock(id, on: conn), consent.record.terms.isGrantor(me) else { return .notFound }
            try await AuditLog.record(actor: Caller.citizen(citizen).auditReference, .withdrawConsent, consentID: id,
                                      child: consent.record.terms.child.nationalIdentityNumber, requestID: rc.requestID, on: conn)
            try await ledger.settleExpiry(&consent, now: now, on: conn)
            if consent.record.status.isEnded {
                // Nothing left to withdraw: answer with how it ended (withdrawing twice is a repeat).
                return .done(ConsentStatusAnswer(consentID: id, status: ConsentStatusCode.of(consent.record, at: now, rules: rules),
                                                 informedServices: consent.record.informedServices))
            }
            let at = ConsentLedger.stamp(now, consent.record)
            try await ledger.apply(.withdrawn(by: me, at: at), to: &consent, on: conn)
            return .done(ConsentStatusAnswer(consentID: id, status: "withdrawn", informedServices: consent.record.informedServices))
        }
        return try respond(outcome, rc, action: "consent withdrawal answered")
    }

    private func respond(_ outcome: Outcome, _ rc: InngangRequestContext, action: String) throws -> Response {
        switch outcome {
        case .notFound: throw ConsentProblems.noSuchConsent
        case .refused(let problem): throw problem
        case .done(let answer):
            rc.logger.info("\(action)", metadata: ["consent_id": "\(answer.consentID)", "status": "\(answer.status)"])
            return try JSONBody.response(answer)
        }
    }

    // MARK: - receipt

    func receipt(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let citizen = try rc.requireCitizen()
        let id = try HTTPInputs.consentID(rc)
        let language = try HTTPInputs.language(request)
        let me = HTTPInputs.person(citizen)
        let now = ConsentLedger.now()
        let rules = settings.ageRules
        let answer = try await context.pool.withTransaction { conn -> ConsentReceiptAnswer? in
            guard let stored = try await ConsentStore.read(id, on: conn) else { return nil }
            let record = try stored.record(rules: rules)
            guard record.terms.isGrantor(me) else { return nil }
            try await AuditLog.record(actor: Caller.citizen(citizen).auditReference, .readReceipt, consentID: id,
                                      child: record.terms.child.nationalIdentityNumber, requestID: rc.requestID, on: conn)
            let text = ConsentReceiptText.render(record, for: me, in: language, now: now, rules: rules)
            return ConsentReceiptAnswer(consentID: id, language: language, title: text.title, lines: text.lines,
                                        status: text.status, text: text.text)
        }
        guard let answer else { throw ConsentProblems.noSuchConsent }
        return try JSONBody.response(answer)
    }
}
