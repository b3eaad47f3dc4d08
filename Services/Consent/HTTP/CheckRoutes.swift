import ConsentDomain
import Foundation
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService

/// `POST /v1/consent-checks` — "may my service (the token's) share `category` about `child` with
/// `to` for `purpose`, now?" (``ConsentCheck``). `200` with `allow` and the consent relied on, or
/// `deny` and the reason; never 404 — no consent is a deny, and so is anything unknown (a code,
/// an unreadable history). An allow records an *information shared* fact on that consent, so a
/// later withdrawal names the receiving service. Every check is audited.
///
/// The child's consents are locked (row locks, id order) for the check, so a withdrawal and a
/// check never interleave: a check either sees the withdrawal or is recorded before it.
struct CheckRoutes: Sendable {
    let context: ServiceContext
    let settings: ConsentSettings
    let ledger: ConsentLedger

    func register(on router: Router<InngangRequestContext>) {
        router.post(RouterPath("/v1/consent-checks")) { request, context in try await check(request, context) }
    }

    struct CheckBody: Codable, Sendable {
        var child: String?
        var to: String?
        var category: String?
        var purpose: String?
    }

    struct CheckAnswer: Codable, Sendable, Equatable {
        /// `allow` or `deny`.
        var decision: String
        var consentID: ConsentID?
        /// A ``DenyReason`` code.
        var reason: String?
    }

    func check(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let employee = try rc.requireEmployee()
        let from = try HTTPInputs.service(of: employee)
        let body = try await request.decodeBody(as: CheckBody.self, context: rc)
        var missing: [String] = []
        if body.child == nil { missing.append("/child") }
        if body.to == nil { missing.append("/to") }
        if body.category == nil { missing.append("/category") }
        if body.purpose == nil { missing.append("/purpose") }
        guard missing.isEmpty, let child = body.child, let to = body.to, let category = body.category, let purpose = body.purpose else {
            throw ConsentProblems.invalid(missing)
        }
        let rules = settings.ageRules

        let decision = try await context.pool.withTransaction { conn -> ConsentDecision in
            let stored = try await ConsentStore.lockAll(child: child, on: conn)
            var at = ConsentLedger.now()
            var records: [ConsentRecord] = []
            var readable = true
            for consent in stored {
                if let record = try? consent.record(rules: rules) { records.append(record); at = max(at, record.lastFactAt) } else { readable = false }
            }
            var decision = readable
                ? ConsentCheck.decide(records, from: from, category: category, child: PersonRef(nationalIdentityNumber: child),
                                      to: ServiceCode(rawValue: to), purpose: purpose, at: at, rules: rules)
                : .deny(.historyUnreadable)
            if case .deny(let reason) = decision {
                decision = .deny(DenyReasonDisclosure.visibleReason(reason, asking: from, consents: records))
            }
            if case .allow(let id) = decision, let consent = stored.first(where: { $0.id == id }),
               let informationCategory = InformationCategory(code: category), let sharingPurpose = SharingPurpose(code: purpose) {
                var locked = try ledger.locked(consent)
                let sharing = SharingRecord(from: from, to: ServiceCode(rawValue: to), category: informationCategory,
                                            purpose: sharingPurpose, at: at)
                try await ledger.apply(.informationShared(record: sharing), to: &locked, on: conn)
            }
            try await AuditLog.record(actor: Caller.employee(employee).auditReference, .checkConsent, consentID: decision.consentID,
                                      child: child, outcome: decision.code, requestID: rc.requestID, on: conn)
            return decision
        }
        rc.logger.info("consent checked", metadata: ["decision": "\(decision.code)", "consent_id": "\(decision.consentID?.description ?? "-")"])
        switch decision {
        case .allow(let id): return try JSONBody.response(CheckAnswer(decision: "allow", consentID: id))
        case .deny(let reason): return try JSONBody.response(CheckAnswer(decision: "deny", reason: reason.rawValue))
        }
    }
}

extension ConsentDecision {
    /// `allow`, or `deny:<reason>`: for the audit log and log lines.
    var code: String {
        switch self {
        case .allow: "allow"
        case .deny(let reason): "deny:" + reason.rawValue
        }
    }

    var consentID: ConsentID? {
        if case .allow(let id) = self { id } else { nil }
    }
}
