import Foundation
import InngangModels
import InngangPostgres
import InngangService
import KlageDomain
import Logging

/// The steps after filing, each in one transaction: take the case lock (klage's writes are
/// serialised per case, so its events leave in order), lock and load the appeal, check who may
/// do this (``AppealAccess``), apply the rule, store the new state, append the history, publish
/// the events, audit, and answer with the appeal as the caller now sees it.
struct AppealHandling: Sendable {
    let pool: PostgresPool
    let events: AppealEvents
    let rules: KlageRules
    let logger: Logger

    var presenter: AppealPresenter { AppealPresenter(rules: rules) }

    /// Who is asking, and when.
    struct Request: Sendable {
        var caller: Caller
        var language: Language
        var requestID: String
        var now: Date = Date()
        var actor: String { caller.auditReference }
    }

    /// A step's effect on the locked appeal: returns the history entries to append (empty: nothing
    /// changed, e.g. a repeated request).
    typealias Step = @Sendable (_ appeal: inout StoredAppeal, _ viewer: AppealViewer, _ connection: PostgresConnection) async throws -> [AppealStep]

    /// Reads an appeal (no step), with its audit row.
    func read(_ appealID: AppealID, _ request: Request) async throws -> AppealView {
        try await run(appealID, request, audit: .readAppeal, lock: false) { _, _, _ in [] }
    }

    func run(_ appealID: AppealID, _ request: Request, audit: AuditLog.Action, lock: Bool = true, step: Step) async throws -> AppealView {
        try await pool.withTransaction { connection in
            guard let caseID = try await AppealStore.caseID(of: appealID, on: connection) else { throw ProblemDetails.noSuchAppeal }
            if lock { _ = try await CaseProjection.lock(caseID, on: connection) }
            guard var appeal = try await AppealStore.load(appealID, forUpdate: lock, on: connection) else { throw ProblemDetails.noSuchAppeal }
            let caseFacts = try await CaseProjection.caseFacts(caseID, on: connection)
            guard let viewer = try AppealAccess.viewer(request.caller, of: appeal, caseFacts: caseFacts, rules: rules, now: request.now) else {
                throw ProblemDetails.noSuchAppeal
            }
            let newSteps = try await step(&appeal, viewer, connection)
            if !newSteps.isEmpty {
                try await AppealStore.update(appeal, on: connection)
                for newStep in newSteps { try await AppealSteps.append(newStep, to: appealID, on: connection) }
            }
            try await AuditLog.record(actor: request.actor, audit, caseID: caseID, appealID: appealID, requestID: request.requestID, on: connection)
            let steps = try await AppealSteps.steps(of: appealID, on: connection)
            if !newSteps.isEmpty {
                logger.info("appeal step recorded", metadata: [
                    LogKey.caseID: "\(caseID)", "appeal.id": "\(appealID)", "appeal.step": "\(newSteps.map(\.kind.rawValue).joined(separator: ","))",
                    "appeal.stage": "\(appeal.state.stage.rawValue)",
                ])
            }
            return try presenter.view(appeal, steps: steps, for: viewer, language: request.language, now: request.now)
        }
    }

    /// The employee must have role `underinstans` (the same service was checked by ``AppealAccess``).
    static func requireUnderinstans(_ viewer: AppealViewer) throws {
        guard case .employee(let isUnderinstans) = viewer else { throw ProblemDetails.noSuchAppeal }
        guard isUnderinstans else { throw ProblemDetails.forbidden("This step requires the role underinstans.") }
    }

    /// Applies `transition` with the rules, or answers 409.
    static func apply(_ transition: AppealTransition, to appeal: inout StoredAppeal) throws {
        do throws(KlageDomainError) {
            appeal.state = try AppealProcess.apply(transition, to: appeal.state)
        } catch {
            throw error.problem()
        }
    }

    /// The § 11 a clock stops when the municipality answers (reversed, rejected or forwarded).
    static func markAnswered(_ appeal: inout StoredAppeal, at now: Date) {
        if appeal.answeredAt == nil, !appeal.state.stage.isWithUnderinstans { appeal.answeredAt = now }
    }

    /// Who acts on § 11 a and § 42 questions: the klageinstans once the appeal is forwarded.
    static func instance(for appeal: StoredAppeal) -> AppealInstance {
        appeal.state.stage == .forwarded ? .klageinstans : .underinstans
    }
}
