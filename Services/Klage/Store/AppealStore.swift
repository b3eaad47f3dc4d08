import Foundation
import InngangModels
import InngangPostgres
import KlageDomain

/// `appeals`: SQL for one appeal's row, each statement on the caller's connection (inside the
/// caller's transaction). Parameters are always bound.
enum AppealStore {
    /// The constraint that allows one open appeal per appellant and decision.
    static let oneOpenPerAppellant = "appeals_one_open_per_appellant_idx"

    static let columns = """
        appeal_id, case_id, decision_id, service, appellant_pid, appellant_relation, appellant_role,
        child_birth_date::text, filed_at, decision_date::text, notice_delivered_at, notice_delivered_to,
        timeliness, deadline_last_day::text, deadline_basis, deadline_counted_from::text, absolute_limit::text,
        stage, late_admission, klageinstans, forwarded_to, change_wanted, reasons, attachments::text,
        missing_parts::text, complete_by::text, interim_reply_due_by::text, interim_reply_sent_at, answered_at,
        result, decided_by, reversal_scope, rejection_reason, new_decision_id, new_decision_outcome, decided_at,
        postponement_status, postponement_requested_at, postponement_decided_at, postponement_decided_by,
        reasons_requested_at, reasons_given_at
        """

    static func insert(_ appeal: StoredAppeal, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO appeals (
                appeal_id, case_id, decision_id, service, appellant_pid, appellant_relation, appellant_role,
                child_birth_date, filed_at, decision_date, notice_delivered_at, notice_delivered_to,
                timeliness, deadline_last_day, deadline_basis, deadline_counted_from, absolute_limit,
                stage, klageinstans, change_wanted, reasons, attachments, missing_parts, complete_by, interim_reply_due_by,
                reasons_requested_at, reasons_given_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9, $10::date, $11, $12, $13, $14::date, $15, $16::date, $17::date,
                    $18, $19, $20, $21, $22::jsonb, $23::jsonb, $24::date, $25::date, $26, $27)
            """,
            [appeal.appealID.rawValue, appeal.caseID.rawValue, appeal.decisionID.rawValue, appeal.service.rawValue,
             appeal.appellantPID, appeal.relation.rawValue, appeal.role.rawValue, appeal.childBirthDate.description,
             appeal.filedAt, appeal.decisionDate.description, appeal.noticeDeliveredAt, appeal.noticeDeliveredTo?.rawValue,
             appeal.state.timeliness?.rawValue ?? Timeliness.inTime.rawValue, appeal.deadline.lastDay?.description,
             appeal.deadline.basis.rawValue, appeal.deadline.countedFrom?.description, appeal.deadline.absoluteLimit.description,
             appeal.state.stage.rawValue, appeal.klageinstans.rawValue, appeal.changeWanted, appeal.reasons,
             try json(appeal.attachments), try json(appeal.missingParts), appeal.completeBy?.description,
             appeal.interimReplyDueBy.description, appeal.reasonsRequestedAt, appeal.reasonsGivenAt])
    }

    /// Writes the mutable part of the appeal's state back (the row was locked by ``load(_:forUpdate:on:)``).
    static func update(_ appeal: StoredAppeal, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE appeals SET
                stage = $2, timeliness = $3, late_admission = $4, forwarded_to = $5, change_wanted = $6, reasons = $7,
                attachments = $8::jsonb, missing_parts = $9::jsonb, complete_by = $10::date, interim_reply_sent_at = $11,
                answered_at = $12, result = $13, decided_by = $14, reversal_scope = $15, rejection_reason = $16,
                new_decision_id = $17, new_decision_outcome = $18, decided_at = $19, postponement_status = $20,
                postponement_requested_at = $21, postponement_decided_at = $22, postponement_decided_by = $23,
                updated_at = now()
            WHERE appeal_id = $1
            """,
            [appeal.appealID.rawValue, appeal.state.stage.rawValue, appeal.state.timeliness?.rawValue ?? Timeliness.inTime.rawValue,
             appeal.state.lateAdmission?.rawValue, appeal.state.klageinstans?.rawValue, appeal.changeWanted, appeal.reasons,
             try json(appeal.attachments), try json(appeal.missingParts), appeal.completeBy?.description,
             appeal.interimReplySentAt, appeal.answeredAt, appeal.result?.result.rawValue, appeal.result?.decidedBy.rawValue,
             appeal.result?.scope?.rawValue, appeal.result?.rejectionReason?.rawValue, appeal.result?.newDecisionID?.rawValue,
             appeal.result?.newDecisionOutcome?.rawValue, appeal.result?.decidedAt, appeal.postponement?.status.rawValue,
             appeal.postponement?.requestedAt, appeal.postponement?.decidedAt, appeal.postponement?.decidedBy?.rawValue])
    }

    /// Writes a re-assessed deadline (``AppealReassessment``): the notice facts (delivery, request
    /// for reasons), the deadline and the timeliness measured with them.
    static func updateDeadline(_ appeal: StoredAppeal, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE appeals SET
                notice_delivered_at = $2, notice_delivered_to = $3, deadline_last_day = $4::date, deadline_basis = $5,
                deadline_counted_from = $6::date, absolute_limit = $7::date, timeliness = $8, reasons_requested_at = $9,
                reasons_given_at = $10, updated_at = now()
            WHERE appeal_id = $1
            """,
            [appeal.appealID.rawValue, appeal.noticeDeliveredAt, appeal.noticeDeliveredTo?.rawValue, appeal.deadline.lastDay?.description,
             appeal.deadline.basis.rawValue, appeal.deadline.countedFrom?.description, appeal.deadline.absoluteLimit.description,
             appeal.state.timeliness?.rawValue ?? Timeliness.inTime.rawValue, appeal.reasonsRequestedAt, appeal.reasonsGivenAt])
    }

    /// The open appeals `appellant` filed against `decisionID`, locked until the transaction ends.
    static func openAppeals(of decisionID: DecisionID, appellant: String, on connection: PostgresConnection) async throws -> [StoredAppeal] {
        let rows = try await connection.query(
            """
            SELECT \(columns) FROM appeals
            WHERE decision_id = $1 AND appellant_pid = $2
              AND stage IN ('awaiting-completion', 'under-preparation', 'partly-reversed', 'forwarded')
            ORDER BY appeal_id FOR UPDATE
            """,
            [decisionID.rawValue, appellant])
        return try rows.map(decode)
    }

    /// The open appeals against `decisionID` whose deadline was not counted from the appellant's
    /// own notice, locked until the transaction ends.
    static func provisionallyTimedAppeals(of decisionID: DecisionID, on connection: PostgresConnection) async throws -> [StoredAppeal] {
        let rows = try await connection.query(
            """
            SELECT \(columns) FROM appeals
            WHERE decision_id = $1 AND notice_delivered_to IS DISTINCT FROM 'appellant'
              AND stage IN ('awaiting-completion', 'under-preparation', 'partly-reversed', 'forwarded')
            ORDER BY appeal_id FOR UPDATE
            """,
            [decisionID.rawValue])
        return try rows.map(decode)
    }

    /// The case an appeal belongs to, without locking (to take the case lock first).
    static func caseID(of appealID: AppealID, on connection: PostgresConnection) async throws -> CaseID? {
        let rows = try await connection.query("SELECT case_id FROM appeals WHERE appeal_id = $1", [appealID.rawValue])
        return try rows.first.map { CaseID(try $0.decode(0, as: UUID.self)) }
    }

    static func load(_ appealID: AppealID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> StoredAppeal? {
        let rows = try await connection.query(
            "SELECT \(columns) FROM appeals WHERE appeal_id = $1" + (forUpdate ? " FOR UPDATE" : ""), [appealID.rawValue])
        return try rows.first.map(decode)
    }

    /// The appeals against `service`'s decisions, oldest first.
    static func appeals(of service: ServiceCode, on connection: PostgresConnection) async throws -> [StoredAppeal] {
        let rows = try await connection.query(
            "SELECT \(columns) FROM appeals WHERE service = $1 ORDER BY filed_at, appeal_id", [service.rawValue])
        return try rows.map(decode)
    }

    /// Whether `appellant` already has an open appeal against the decision.
    static func hasOpenAppeal(decisionID: DecisionID, appellant: String, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            """
            SELECT 1 FROM appeals WHERE decision_id = $1 AND appellant_pid = $2
              AND stage IN ('awaiting-completion', 'under-preparation', 'partly-reversed', 'forwarded')
            """,
            [decisionID.rawValue, appellant]).isEmpty
    }

    // MARK: decoding

    static func decode(_ row: PostgresRow) throws -> StoredAppeal {
        func code<T: RawRepresentable>(_ column: Int, as _: T.Type) throws -> T where T.RawValue == String {
            guard let value = T(rawValue: try row.decode(column, as: String.self)) else { throw corrupt(column) }
            return value
        }
        func optionalCode<T: RawRepresentable>(_ column: Int, as _: T.Type) throws -> T? where T.RawValue == String {
            guard let raw = try row.decodeIfPresent(column, as: String.self) else { return nil }
            guard let value = T(rawValue: raw) else { throw corrupt(column) }
            return value
        }
        func date(_ column: Int) throws -> LocalDate {
            guard let value = LocalDate(try row.decode(column, as: String.self)) else { throw corrupt(column) }
            return value
        }
        func optionalDate(_ column: Int) throws -> LocalDate? {
            guard let raw = try row.decodeIfPresent(column, as: String.self) else { return nil }
            guard let value = LocalDate(raw) else { throw corrupt(column) }
            return value
        }
        func jsonColumn<T: Decodable>(_ column: Int, as _: T.Type) throws -> T {
            try EventJSON.decoder.decode(T.self, from: Data(try row.decode(column, as: String.self).utf8))
        }
        let stage = try code(17, as: AppealStage.self)
        let forwardedTo = try row.decodeIfPresent(20, as: String.self).map(Klageinstans.init(rawValue:))
        let state = AppealState(stage: stage, timeliness: try code(12, as: Timeliness.self),
                                lateAdmission: try optionalCode(18, as: LateAdmissionGround.self), klageinstans: forwardedTo)
        var result: StoredResult?
        if let resultCode = try optionalCode(29, as: AppealResultCode.self) {
            result = StoredResult(
                result: resultCode, decidedBy: try code(30, as: AppealInstance.self), scope: try optionalCode(31, as: ReversalScope.self),
                rejectionReason: try optionalCode(32, as: RejectionReason.self),
                newDecisionID: try row.decodeIfPresent(33, as: UUID.self).map(DecisionID.init),
                newDecisionOutcome: try optionalCode(34, as: DecisionOutcome.self), decidedAt: try row.decode(35, as: Date.self))
        }
        var postponement: StoredPostponement?
        if let status = try optionalCode(36, as: PostponementStatus.self) {
            postponement = StoredPostponement(
                status: status, requestedAt: try row.decode(37, as: Date.self), decidedAt: try row.decodeIfPresent(38, as: Date.self),
                decidedBy: try optionalCode(39, as: AppealInstance.self))
        }
        return StoredAppeal(
            appealID: AppealID(try row.decode(0, as: UUID.self)), caseID: CaseID(try row.decode(1, as: UUID.self)),
            decisionID: DecisionID(try row.decode(2, as: UUID.self)), service: ServiceCode(rawValue: try row.decode(3, as: String.self)),
            appellantPID: try row.decode(4, as: String.self), relation: try code(5, as: AppellantRelation.self),
            role: try code(6, as: PartyRole.self), childBirthDate: try date(7), filedAt: try row.decode(8, as: Date.self),
            decisionDate: try date(9), noticeDeliveredAt: try row.decodeIfPresent(10, as: Date.self),
            noticeDeliveredTo: try optionalCode(11, as: NoticeRecipient.self),
            reasonsRequestedAt: try row.decodeIfPresent(40, as: Date.self), reasonsGivenAt: try row.decodeIfPresent(41, as: Date.self),
            deadline: StoredDeadline(lastDay: try optionalDate(13), basis: try code(14, as: AppealDeadline.Basis.self),
                                     countedFrom: try optionalDate(15), absoluteLimit: try date(16)),
            state: state, klageinstans: Klageinstans(rawValue: try row.decode(19, as: String.self)),
            changeWanted: try row.decodeIfPresent(21, as: String.self), reasons: try row.decodeIfPresent(22, as: String.self),
            attachments: try jsonColumn(23, as: [String].self), missingParts: try jsonColumn(24, as: [AppealPart].self),
            completeBy: try optionalDate(25), interimReplyDueBy: try date(26),
            interimReplySentAt: try row.decodeIfPresent(27, as: Date.self), answeredAt: try row.decodeIfPresent(28, as: Date.self),
            result: result, postponement: postponement)
    }

    private static func corrupt(_ column: Int) -> PostgresError {
        PostgresError(code: .decoding, message: "appeals column \(column) holds an unknown code")
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try EventJSON.encoder.encode(value), as: UTF8.self)
    }
}
