import Foundation
import InngangModels
import InngangPostgres
import KlageDomain

/// A step in an appeal's history. A code, stored and shown.
enum AppealStepKind: String, Codable, Sendable {
    case filed
    case completionRequested = "completion-requested"
    case completed
    case lateAdmitted = "late-admitted"
    case reversed
    case rejected
    case forwarded
    case klageinstansOutcome = "klageinstans-outcome"
    case interimReply = "interim-reply"
    case postponementRequested = "postponement-requested"
    case postponementGranted = "postponement-granted"
    case postponementRefused = "postponement-refused"
    /// The decision notice's delivery, a request for the reasons or the reasons given became known
    /// after filing and moved the deadline (``AppealReassessment``). No event (the catalogue has
    /// no type for it).
    case deadlineReassessed = "deadline-reassessed"
}

/// The codes recorded with a step (never free text): what the step decided.
struct StepCodes: Codable, Sendable, Equatable {
    var missingParts: [AppealPart]?
    var completeBy: LocalDate?
    var timeliness: Timeliness?
    var lateAdmission: LateAdmissionGround?
    var scope: ReversalScope?
    var rejectionReason: RejectionReason?
    var klageinstans: Klageinstans?
    var klageinstansOutcome: KlageinstansOutcome?
    var newDecisionID: DecisionID?
    var newDecisionOutcome: DecisionOutcome?
    var interimReplyReason: InterimReplyReason?
    var expectedBy: LocalDate?
    var sentBy: AppealInstance?
    var decidedBy: AppealInstance?
    /// filed: the decision notice's delivery the deadline was counted from at filing (`nil`: none
    /// recorded), so the receipt in the history stays what the family was told.
    var noticeDeliveredAt: Date?
    /// filed: the appellant's request for reasons the deadline was measured with at filing, and
    /// when the reasons were given (`nil`: none), for the same reason.
    var reasonsRequestedAt: Date?
    var reasonsGivenAt: Date?
}

/// One row of `appeal_steps`.
struct AppealStep: Sendable {
    var at: Date
    var kind: AppealStepKind
    /// `Caller.auditReference` of who took the step (pseudonymous).
    var actor: String
    var stageAfter: AppealStage
    var codes: StepCodes
    /// The step's free text (the underinstans's statement, an interim reply's reason in the
    /// caseworker's words). Stays in this database.
    var text: String?
    /// The CloudEvents ids published for the step.
    var eventIDs: [String]
}

/// `appeal_steps`: the append-only history of an appeal (the table refuses UPDATE and DELETE).
enum AppealSteps {
    static func append(_ step: AppealStep, to appealID: AppealID, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO appeal_steps (appeal_id, at, step, actor, stage_after, codes, text, event_ids)
            VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb)
            """,
            [appealID.rawValue, step.at, step.kind.rawValue, step.actor, step.stageAfter.rawValue,
             try AppealStore.json(step.codes), step.text, try AppealStore.json(step.eventIDs)])
    }

    /// The appeal's steps in the order they were taken.
    static func steps(of appealID: AppealID, on connection: PostgresConnection) async throws -> [AppealStep] {
        let rows = try await connection.query(
            "SELECT at, step, actor, stage_after, codes::text, text, event_ids::text FROM appeal_steps WHERE appeal_id = $1 ORDER BY id",
            [appealID.rawValue])
        let decoder = EventJSON.decoder
        return try rows.map { row in
            guard let kind = AppealStepKind(rawValue: try row.decode(1, as: String.self)),
                  let stage = AppealStage(rawValue: try row.decode(3, as: String.self))
            else { throw PostgresError(code: .decoding, message: "appeal_steps row with an unknown step or stage") }
            return AppealStep(
                at: try row.decode(0, as: Date.self), kind: kind, actor: try row.decode(2, as: String.self), stageAfter: stage,
                codes: try decoder.decode(StepCodes.self, from: Data(try row.decode(4, as: String.self).utf8)),
                text: try row.decodeIfPresent(5, as: String.self),
                eventIDs: try decoder.decode([String].self, from: Data(try row.decode(6, as: String.self).utf8)))
        }
    }
}
