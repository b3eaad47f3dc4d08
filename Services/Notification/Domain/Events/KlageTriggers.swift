import Foundation
import InngangModels

/// Tolerant readers of the klage service's events (topic ``InngangTopic/klage``). The payload
/// types live in the klage service (`KlageEventPayloads.swift`); notification does not import
/// them. Each reader holds only the fields notification uses and ignores the rest.
public enum KlageTrigger {
    /// `no.inngang.klage.appeal-filed.v1`.
    public struct AppealFiled: Decodable, Sendable, Equatable {
        public var caseID: CaseID
        public var appealID: AppealID
        public var decisionID: DecisionID
        /// Who appealed, and as what: `guardian`, `young-person` (18 or older) or `child`.
        public var appellant: PersonRef
        public var appellantRole: String
        public var filedAt: Date
        public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, appellant: PersonRef, appellantRole: String, filedAt: Date) {
            self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID
            self.appellant = appellant; self.appellantRole = appellantRole; self.filedAt = filedAt
        }

        /// The young person (18 or older) appealed on their own behalf.
        public var isByYoungPerson: Bool { appellantRole == "young-person" }
    }

    /// A later step of an appeal that the family is told about (completion requested,
    /// forwarded, interim reply): what it is about and when it happened.
    public struct AppealStep: Sendable, Equatable {
        public var caseID: CaseID
        public var appealID: AppealID
        public var at: Date
        public init(caseID: CaseID, appealID: AppealID, at: Date) {
            self.caseID = caseID; self.appealID = appealID; self.at = at
        }
    }

    /// `no.inngang.klage.appeal-decided.v1`. The result may name a new decision and its outcome
    /// (a reversal, a change by the klageinstans, or the rejection of the appeal — an appealable
    /// *avvisning*); the message then is that decision's notice.
    public struct AppealDecided: Decodable, Sendable, Equatable {
        public var caseID: CaseID
        public var appealID: AppealID
        public var decisionID: DecisionID
        /// `reversed`, `rejected`, `upheld`, `changed` or `quashed`.
        public var result: String
        /// For a reversal: `full` or `partial`.
        public var scope: String?
        public var newDecisionID: DecisionID?
        public var newDecisionOutcome: DecisionOutcome?
        /// Read too, in case a producer spells the outcome so.
        public var newOutcome: DecisionOutcome?
        public var decidedAt: Date
        public init(caseID: CaseID, appealID: AppealID, decisionID: DecisionID, result: String, scope: String?,
                    newDecisionID: DecisionID?, newDecisionOutcome: DecisionOutcome?, decidedAt: Date) {
            self.caseID = caseID; self.appealID = appealID; self.decisionID = decisionID; self.result = result; self.scope = scope
            self.newDecisionID = newDecisionID; self.newDecisionOutcome = newDecisionOutcome; self.decidedAt = decidedAt
        }

        /// The new decision and its outcome (for a reversal without one: full → granted,
        /// partial → partly granted), or `nil` when none is named or its outcome is unknown.
        public var newDecision: (id: DecisionID, outcome: DecisionOutcome)? {
            guard let newDecisionID, result != "upheld", result != "quashed" else { return nil }
            let fromScope: DecisionOutcome? = result == "reversed" ? (scope == "full" ? .granted : scope == "partial" ? .partlyGranted : nil) : nil
            return (newDecisionOutcome ?? newOutcome ?? fromScope).map { (newDecisionID, $0) }
        }
    }

    /// `no.inngang.klage.reasons-requested.v1`: a party asked for the reasons for a decision
    /// (forvaltningsloven § 24 second paragraph); `inTime`: it interrupted **the requester's**
    /// appeal deadline (§ 29 third paragraph).
    public struct ReasonsRequested: Decodable, Sendable, Equatable {
        public var caseID: CaseID
        public var decisionID: DecisionID
        public var requester: PersonRef
        public var requestedAt: Date
        public var inTime: Bool
        public init(caseID: CaseID, decisionID: DecisionID, requester: PersonRef, requestedAt: Date, inTime: Bool) {
            self.caseID = caseID; self.decisionID = decisionID; self.requester = requester
            self.requestedAt = requestedAt; self.inTime = inTime
        }
    }

    /// `no.inngang.klage.reasons-given.v1`: the reasons were given; when the request interrupted
    /// the deadline (`inTime`, absent → in time), the requester's new deadline is three weeks from
    /// the Oslo day of `givenAt` (``newDeadline``).
    public struct ReasonsGiven: Decodable, Sendable, Equatable {
        public var caseID: CaseID
        public var decisionID: DecisionID
        public var requester: PersonRef
        public var givenAt: Date
        public var inTime: Bool?
        public init(caseID: CaseID, decisionID: DecisionID, requester: PersonRef, givenAt: Date, inTime: Bool?) {
            self.caseID = caseID; self.decisionID = decisionID; self.requester = requester
            self.givenAt = givenAt; self.inTime = inTime
        }

        /// Whether a new deadline runs from ``givenAt``.
        public var startsNewDeadline: Bool { inTime ?? true }

        /// The requester's new appeal deadline: `LegalDeadline.weeks(3, from:)` the day the
        /// reasons were given, in Oslo (§ 29 third paragraph; domstolloven §§ 148–149).
        public var newDeadline: LocalDate { LegalDeadline.weeks(3, from: LocalDate(givenAt, in: .oslo)) }
    }

    /// The klage payloads of the steps, each with its own time field name.
    struct CompletionRequested: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var requestedAt: Date
        var step: AppealStep { AppealStep(caseID: caseID, appealID: appealID, at: requestedAt) }
    }

    struct Forwarded: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var forwardedAt: Date
        var step: AppealStep { AppealStep(caseID: caseID, appealID: appealID, at: forwardedAt) }
    }

    struct InterimReplySent: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var sentAt: Date
        var step: AppealStep { AppealStep(caseID: caseID, appealID: appealID, at: sentAt) }
    }
}
