import ConsentDomain
import Foundation
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService

/// `POST /v1/legal-bases` — an employee records a legal basis other than consent for sharing from
/// their service (the token's) to `to` (``LegalBasisRules``: a known kind, a written
/// justification, the duty to report only to the child welfare service). `201`
/// `{"legalBasisID", …}`; event `consent.legal-basis-recorded` (codes only, never the
/// justification). `Idempotency-Key` required.
struct LegalBasisRoutes: Sendable {
    let context: ServiceContext
    let settings: ConsentSettings

    static let operation = "record-legal-basis"

    func register(on router: Router<InngangRequestContext>) {
        router.post(RouterPath("/v1/legal-bases")) { request, context in try await record(request, context) }
    }

    struct LegalBasisBody: Codable, Sendable {
        var child: String?
        var caseID: String?
        var kind: String?
        var to: String?
        var categories: [String]?
        var justification: String?
    }

    struct LegalBasisAnswer: Codable, Sendable {
        var legalBasisID: LegalBasisID
        var kind: String
        /// The provision relied on, for the record.
        var legalSource: String
        var caseID: CaseID?
        var from: ServiceCode
        var to: ServiceCode
        var categories: [String]
        var recordedBy: String
        var recordedAt: Date
    }

    func record(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let employee = try rc.requireEmployee(anyRole: ["caseworker", "coordinator"])
        let from = try HTTPInputs.service(of: employee)
        let actor = Caller.employee(employee).auditReference
        let key = try IdempotencyKeyRequirement.require(HTTPInputs.idempotencyKey(request), per: "legal basis")
        let body = try await request.decodeBody(as: LegalBasisBody.self, context: rc)
        let fingerprint = Array(try JSONBody.encode(body))
        var problems: [String] = []
        var caseID: CaseID?
        if let raw = body.caseID {
            caseID = CaseID(raw)
            if caseID == nil { problems.append("/caseID") }
        }
        let draft = LegalBasisDraft(
            kind: body.kind ?? "", caseID: caseID, child: PersonRef(nationalIdentityNumber: body.child ?? ""), from: from,
            to: ServiceCode(rawValue: body.to ?? ""), categories: body.categories ?? [], justification: body.justification ?? "")
        let now = ConsentLedger.now()
        let basis: RecordedLegalBasis
        do { basis = try settings.legalBasisRules.record(draft, recordedBy: employee.subject, now: now) } catch {
            if error.code == .invalidLegalBasis { throw ConsentProblems.invalid(problems + error.fields) }
            throw try ConsentProblems.problem(for: error)
        }
        if !problems.isEmpty { throw ConsentProblems.invalid(problems) }

        enum Outcome: Sendable { case created(Data), replayed(String) }
        let outcome = try await context.pool.withTransaction { conn -> Outcome in
            try await IdempotencyStore.lock(scope: actor, operation: Self.operation, key: key, on: conn)
            switch try await IdempotencyStore.lookup(scope: actor, operation: Self.operation, key: key, request: fingerprint, on: conn) {
            case .unused: break
            case .reusedForOtherRequest: throw ConsentProblems.idempotencyKeyReused
            case .replay(_, let body): return .replayed(body)
            }
            try await LegalBasisStore.insert(basis, on: conn)
            let event = try context.event(.consentLegalBasisRecorded, subject: basis.id.description, time: now, data: basis.recordedEvent)
            try await context.publish(event, topic: InngangTopic.consent, key: basis.id.description, on: conn)
            let answer = try JSONBody.encode(LegalBasisAnswer(
                legalBasisID: basis.id, kind: basis.kind.rawValue, legalSource: basis.kind.legalSource, caseID: basis.caseID,
                from: basis.from, to: basis.to, categories: basis.categories.map(\.rawValue), recordedBy: basis.recordedBy,
                recordedAt: basis.recordedAt))
            try await IdempotencyStore.store(scope: actor, operation: Self.operation, key: key, request: fingerprint, status: 201,
                                             body: String(decoding: answer, as: UTF8.self), on: conn)
            try await AuditLog.record(actor: actor, .recordLegalBasis, legalBasisID: basis.id, child: basis.child.nationalIdentityNumber,
                                      outcome: basis.kind.rawValue, requestID: rc.requestID, on: conn)
            return .created(answer)
        }
        switch outcome {
        case .replayed(let answer):
            return JSONBody.response(bytes: Array(answer.utf8), status: .ok, headers: [.idempotentReplayed: "true"])
        case .created(let answer):
            rc.logger.info("legal basis recorded", metadata: ["legal_basis_id": "\(basis.id)", "kind": "\(basis.kind.rawValue)"])
            return JSONBody.response(bytes: answer, status: .created)
        }
    }
}
