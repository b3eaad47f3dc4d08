import ConsentDomain
import Foundation
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService

/// Requesting and reading consents (docs/openapi/consent.yaml):
/// - `POST /v1/consents` — a coordinator or caseworker requests a consent; the required grantors
///   come from the population register (``RequiredGrantors``). `Idempotency-Key` required.
/// - `GET /v1/consents` — a citizen's consents as a grantor, those waiting for their answer first.
/// - `GET /v1/consents/{consentID}?lang=` — a grantor reads the request in plain language; an
///   employee of a sharing, receiving or requesting service reads status and terms. Else 404.
/// Every read and write is audited in its transaction.
struct ConsentRoutes: Sendable {
    let context: ServiceContext
    let settings: ConsentSettings
    let ledger: ConsentLedger

    static let collectionPath = "/v1/consents"
    static let operation = "request-consent"

    func register(on router: Router<InngangRequestContext>) {
        router.post(RouterPath(Self.collectionPath)) { request, context in try await create(request, context) }
        router.get(RouterPath(Self.collectionPath)) { request, context in try await list(request, context) }
        router.get(RouterPath(Self.collectionPath + "/{consentID}")) { request, context in try await read(request, context) }
    }

    // MARK: - POST /v1/consents

    func create(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let employee = try rc.requireEmployee(anyRole: ["coordinator", "caseworker"])
        let service = try HTTPInputs.service(of: employee)
        let actor = Caller.employee(employee).auditReference
        let key = try IdempotencyKeyRequirement.require(HTTPInputs.idempotencyKey(request), per: "consent request")
        let body = try await request.decodeBody(as: ConsentRequestBody.self, context: rc)
        let fingerprint = body.fingerprint

        // A retry is answered from what is stored, whatever the register says today.
        if let replay = try await context.pool.withTransaction({ conn in
            try await replayed(scope: actor, key: key, fingerprint: fingerprint, on: conn)
        }) {
            return replay
        }

        let now = ConsentLedger.now()
        let (draft, problems) = body.draft(recordedBy: employee.subject, now: now)
        // Validate first (every field problem at once), then ask the register.
        do { _ = try ConsentRequestRules.makeRequest(draft, guardians: [], requestedBy: employee.subject, now: now, rules: settings.ageRules) } catch {
            if error.code == .invalidRequest { throw ConsentProblems.invalid(problems + error.fields) }
        }
        if !problems.isEmpty { throw ConsentProblems.invalid(problems) }
        guard ConsentRequestAuthority.mayRequest(draft, requesterService: service, isCoordinator: employee.hasRole("coordinator")) else {
            throw ProblemDetails.forbidden("A caseworker can request consent only for sharing their own service takes part in; the family's coordinator can request it between any services.")
        }
        guard let child = try? NationalIdentityNumber(draft.child.nationalIdentityNumber) else { throw ConsentProblems.invalid(["/child"]) }
        let guardians: [GuardianFact]
        switch await GuardianLookup.guardians(of: child, register: settings.register) {
        case .guardians(let facts): guardians = facts
        case .childUnknown: throw ConsentProblems.invalid(["/child"])
        case .unavailable: throw ConsentProblems.registerUnavailable
        }
        let facts: [ConsentFact]
        do { facts = try ConsentRequestRules.makeRequest(draft, guardians: guardians, requestedBy: employee.subject, now: now, rules: settings.ageRules) } catch {
            throw try ConsentProblems.problem(for: error)
        }

        enum Outcome: Sendable { case created(Data, ConsentID), replayed(Response) }
        let outcome = try await context.pool.withTransaction { conn -> Outcome in
            try await IdempotencyStore.lock(scope: actor, operation: Self.operation, key: key, on: conn)
            if let replay = try await replayed(scope: actor, key: key, fingerprint: fingerprint, on: conn) { return .replayed(replay) }
            let record = try await ledger.create(facts, requestedByService: service, on: conn)
            let answer = try JSONBody.encode(ConsentEmployeeView(record, requestedByService: service, now: now, rules: settings.ageRules))
            try await IdempotencyStore.store(scope: actor, operation: Self.operation, key: key, request: fingerprint, status: 201,
                                             body: String(decoding: answer, as: UTF8.self), on: conn)
            try await AuditLog.record(actor: actor, .requestConsent, consentID: record.consentID,
                                      child: record.terms.child.nationalIdentityNumber, requestID: rc.requestID, on: conn)
            return .created(answer, record.consentID)
        }
        switch outcome {
        case .replayed(let response):
            return response
        case .created(let answer, let id):
            rc.logger.info("consent requested", metadata: ["consent_id": "\(id)", "facts": "\(facts.count)"])
            var headers: HTTPFields = [:]
            headers[.location] = Self.collectionPath + "/" + id.description
            return JSONBody.response(bytes: answer, status: .created, headers: headers)
        }
    }

    /// The stored answer for `key`: `200` with `Idempotent-Replayed: true`; `422` for another body.
    private func replayed(scope: String, key: String, fingerprint: [UInt8], on conn: PostgresConnection) async throws -> Response? {
        switch try await IdempotencyStore.lookup(scope: scope, operation: Self.operation, key: key, request: fingerprint, on: conn) {
        case .unused: return nil
        case .reusedForOtherRequest: throw ConsentProblems.idempotencyKeyReused
        case .replay(_, let body): return JSONBody.response(bytes: Array(body.utf8), status: .ok, headers: [.idempotentReplayed: "true"])
        }
    }

    // MARK: - GET /v1/consents

    func list(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let citizen = try rc.requireCitizen()
        let me = HTTPInputs.person(citizen)
        let now = ConsentLedger.now()
        let items = try await context.pool.withTransaction { conn -> [ConsentListItem] in
            let stored = try await ConsentStore.ofGrantor(me, on: conn)
            var items: [ConsentListItem] = []
            for consent in stored {
                let record = try consent.record(rules: settings.ageRules)
                items.append(ConsentListItem(consentID: record.consentID, status: ConsentStatusCode.of(record, at: now, rules: settings.ageRules),
                                             myAnswer: ConsentStatusCode.answer(of: me, in: record), validUntil: record.terms.validUntil,
                                             requestedAt: record.terms.requestedAt))
            }
            try await AuditLog.record(actor: Caller.citizen(citizen).auditReference, .listConsents, outcome: "\(items.count)",
                                      requestID: rc.requestID, on: conn)
            return items
        }
        // Waiting for the reader's answer first; newest first within each group.
        let sorted = items.sorted { a, b in
            a.isPending != b.isPending ? a.isPending : (a.requestedAt, a.consentID) > (b.requestedAt, b.consentID)
        }
        return try JSONBody.response(ConsentList(consents: sorted))
    }

    // MARK: - GET /v1/consents/{consentID}

    func read(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let caller = try rc.requireCaller()
        let id = try HTTPInputs.consentID(rc)
        let language = try HTTPInputs.language(request)
        let now = ConsentLedger.now()
        let rules = settings.ageRules
        let answer = try await context.pool.withTransaction { conn -> Data? in
            guard let stored = try await ConsentStore.read(id, on: conn) else { return nil }
            let record = try stored.record(rules: rules)
            let body: Data
            switch caller {
            case .citizen(let citizen):
                let me = HTTPInputs.person(citizen)
                guard record.terms.isGrantor(me) else { return nil }
                body = try JSONBody.encode(ConsentCitizenView(record, reader: me, language: language, now: now, rules: rules))
            case .employee(let employee):
                let service = try HTTPInputs.service(of: employee)
                guard ConsentEmployeeView.mayView(service, record, requestedByService: stored.requestedByService) else { return nil }
                body = try JSONBody.encode(ConsentEmployeeView(record, requestedByService: stored.requestedByService, now: now, rules: rules))
            }
            try await AuditLog.record(actor: caller.auditReference, .readConsent, consentID: id,
                                      child: record.terms.child.nationalIdentityNumber, requestID: rc.requestID, on: conn)
            return body
        }
        guard let answer else { throw ConsentProblems.noSuchConsent }
        return JSONBody.response(bytes: answer, status: .ok)
    }
}
