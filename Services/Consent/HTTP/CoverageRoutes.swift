import ConsentDomain
import Foundation
import Hummingbird
import InngangModels
import InngangPostgres
import InngangService

/// `POST /v1/referral-coverage` — intake (forwarding the referring employee's token) asks whether
/// a referral from the token's service to every service in `to`, sharing `categories` about
/// `child` for `purpose`, is covered (``ReferralCoverage``): by valid consents, or by a recorded
/// legal basis other than consent, per receiving service. Covered only when **every** receiving
/// service is. `200` `{"covered":true,"basis":"consent"|"legal-basis"|"mixed","ids":[…],
/// "services":[{"to","basis","ids"}]}` or `{"covered":false,"reason","service"}`.
///
/// When covered by consent, the sharing is recorded on each consent relied on (an *information
/// shared* fact per receiving service and category), so a withdrawal names those services.
/// Audited; the child's consents are locked as for a check.
struct CoverageRoutes: Sendable {
    let context: ServiceContext
    let settings: ConsentSettings
    let ledger: ConsentLedger

    func register(on router: Router<InngangRequestContext>) {
        router.post(RouterPath("/v1/referral-coverage")) { request, context in try await coverage(request, context) }
    }

    struct CoverageBody: Codable, Sendable {
        var child: String?
        var to: [String]?
        var categories: [String]?
        var purpose: String?
        /// Optional: rely only on this recorded legal basis.
        var legalBasisID: String?
    }

    struct ServiceCoverage: Codable, Sendable, Equatable {
        var to: ServiceCode
        /// `consent` or `legal-basis`.
        var basis: String
        var ids: [String]
    }

    struct CoverageAnswer: Codable, Sendable, Equatable {
        var covered: Bool
        /// `consent`, `legal-basis`, or `mixed` when some receiving services are covered by each.
        var basis: String?
        var ids: [String]?
        var services: [ServiceCoverage]?
        /// A ``DenyReason`` code, when not covered.
        var reason: String?
        /// The first receiving service not covered.
        var service: ServiceCode?
    }

    func coverage(_ request: Request, _ rc: InngangRequestContext) async throws -> Response {
        let employee = try rc.requireEmployee()
        let from = try HTTPInputs.service(of: employee)
        let body = try await request.decodeBody(as: CoverageBody.self, context: rc)
        var problems: [String] = []
        if body.child == nil { problems.append("/child") }
        if (body.to ?? []).isEmpty { problems.append("/to") }
        if (body.categories ?? []).isEmpty { problems.append("/categories") }
        if body.purpose == nil { problems.append("/purpose") }
        var legalBasisID: LegalBasisID?
        if let raw = body.legalBasisID {
            legalBasisID = LegalBasisID(raw)
            if legalBasisID == nil { problems.append("/legalBasisID") }
        }
        guard problems.isEmpty, let child = body.child, let purpose = body.purpose else { throw ConsentProblems.invalid(problems) }
        var seen = Set<ServiceCode>()
        let receivers = (body.to ?? []).map(ServiceCode.init(rawValue:)).filter { seen.insert($0).inserted }
        let categories = body.categories ?? []
        let person = PersonRef(nationalIdentityNumber: child)
        let rules = settings.ageRules

        let answer = try await context.pool.withTransaction { conn -> CoverageAnswer in
            let stored = try await ConsentStore.lockAll(child: child, on: conn)
            let bases = try await LegalBasisStore.all(child: child, on: conn)
            var at = ConsentLedger.now()
            var records: [ConsentRecord] = []
            var readable = true
            for consent in stored {
                if let record = try? consent.record(rules: rules) { records.append(record); at = max(at, record.lastFactAt) } else { readable = false }
            }

            var covered: [ServiceCoverage] = []
            var denial: (reason: DenyReason, service: ServiceCode)?
            for to in receivers {
                let result: ReferralCoverageResult = readable
                    ? ReferralCoverage.check(ReferralQuestion(from: from, to: to, child: person, categories: categories, purpose: purpose,
                                                              at: at, legalBasisID: legalBasisID),
                                             consents: records, legalBases: bases, rules: rules, basisRules: settings.legalBasisRules)
                    : .notCovered(.historyUnreadable)
                switch result {
                case .consent(let ids): covered.append(ServiceCoverage(to: to, basis: "consent", ids: ids.map(\.description)))
                case .legalBasis(let id, _): covered.append(ServiceCoverage(to: to, basis: "legal-basis", ids: [id.description]))
                case .notCovered(let reason): if denial == nil { denial = (reason, to) }
                }
            }

            let answer: CoverageAnswer
            if let denial {
                let visible = DenyReasonDisclosure.visibleReason(denial.reason, asking: from, consents: records)
                answer = CoverageAnswer(covered: false, reason: visible.rawValue, service: denial.service)
            } else {
                try await recordSharing(covered, from: from, child: person, categories: categories, purpose: purpose, at: at,
                                        stored: stored, records: records, on: conn)
                let bases = Set(covered.map(\.basis))
                answer = CoverageAnswer(covered: true, basis: bases.count == 1 ? bases.first! : "mixed",
                                        ids: Array(Set(covered.flatMap(\.ids))).sorted(), services: covered)
            }
            try await AuditLog.record(actor: Caller.employee(employee).auditReference, .referralCoverage, child: child,
                                      outcome: answer.covered ? "covered:" + (answer.basis ?? "") : "not-covered:" + (answer.reason ?? ""),
                                      requestID: rc.requestID, on: conn)
            return answer
        }
        rc.logger.info("referral coverage answered", metadata: [
            "covered": "\(answer.covered)", "basis": "\(answer.basis ?? "-")", "reason": "\(answer.reason ?? "-")",
        ])
        return try JSONBody.response(answer)
    }

    /// Appends an *information shared* fact to the consent that allows each (receiving service,
    /// category) covered by consent.
    private func recordSharing(_ covered: [ServiceCoverage], from: ServiceCode, child: PersonRef, categories: [String], purpose: String,
                               at: Date, stored: [StoredConsent], records: [ConsentRecord], on conn: PostgresConnection) async throws {
        guard let sharingPurpose = SharingPurpose(code: purpose) else { return }
        var locked: [ConsentID: LockedConsent] = [:]
        for coverage in covered where coverage.basis == "consent" {
            for code in categories {
                guard let category = InformationCategory(code: code),
                      case .allow(let id) = ConsentCheck.decide(records, from: from, category: code, child: child, to: coverage.to,
                                                                purpose: purpose, at: at, rules: settings.ageRules),
                      let consent = stored.first(where: { $0.id == id })
                else { continue }
                var target = try locked[id] ?? ledger.locked(consent)
                let sharing = SharingRecord(from: from, to: coverage.to, category: category, purpose: sharingPurpose, at: at)
                try await ledger.apply(.informationShared(record: sharing), to: &target, on: conn)
                locked[id] = target
            }
        }
    }
}
