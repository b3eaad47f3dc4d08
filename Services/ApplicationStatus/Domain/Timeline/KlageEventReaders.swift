import Foundation
import InngangModels

/// Tolerant readers of the klage service's events (topic ``InngangTopic/klage``). The payload
/// types live in the klage service (`KlageEventPayloads.swift`); application-status does not
/// import them. Each reader holds only the fields the timeline uses and ignores every other
/// field, so the producer can add fields freely. A field listed here that is missing or of the
/// wrong type makes the event unreadable (dead-lettered).
enum KlageEventReaders {
    /// `no.inngang.klage.appeal-filed.v1`.
    struct AppealFiled: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var decisionID: DecisionID
        var service: ServiceCode
        var filedAt: Date

        var fact: AppealFact {
            AppealFact(caseID: caseID, appealID: appealID, decisionID: decisionID, service: service, stage: .filed, at: filedAt)
        }
    }

    /// `no.inngang.klage.appeal-completion-requested.v1`. `decisionID` is absent when the
    /// missing part is the decision itself: nothing to attach the step to yet (the appeal-filed
    /// event follows once the decision is named).
    struct AppealCompletionRequested: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var decisionID: DecisionID?
        var service: ServiceCode
        var completeBy: LocalDate
        var requestedAt: Date

        var fact: AppealFact? {
            decisionID.map {
                AppealFact(caseID: caseID, appealID: appealID, decisionID: $0, service: service,
                           stage: .completionRequested(completeBy: completeBy), at: requestedAt)
            }
        }
    }

    /// `no.inngang.klage.appeal-completed.v1`.
    struct AppealCompleted: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var decisionID: DecisionID
        var service: ServiceCode
        var completedAt: Date

        var fact: AppealFact {
            AppealFact(caseID: caseID, appealID: appealID, decisionID: decisionID, service: service, stage: .completed, at: completedAt)
        }
    }

    /// `no.inngang.klage.appeal-forwarded.v1`.
    struct AppealForwarded: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var decisionID: DecisionID
        var service: ServiceCode
        var forwardedAt: Date

        var fact: AppealFact {
            AppealFact(caseID: caseID, appealID: appealID, decisionID: decisionID, service: service, stage: .forwarded, at: forwardedAt)
        }
    }

    /// `no.inngang.klage.interim-reply-sent.v1`.
    struct InterimReplySent: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var decisionID: DecisionID
        var service: ServiceCode
        var expectedBy: LocalDate
        var sentAt: Date

        var fact: AppealFact {
            AppealFact(caseID: caseID, appealID: appealID, decisionID: decisionID, service: service,
                       stage: .interimReply(expectedBy: expectedBy), at: sentAt)
        }
    }

    /// `no.inngang.klage.appeal-decided.v1`.
    ///
    /// **New decision rule**: when the result names a new decision (`newDecisionID`) with its
    /// outcome (`newDecisionOutcome`), it is recorded for the service, dated `newDecisionDate`
    /// (else the Oslo day of `decidedAt`):
    /// - a reversal (`reversed`) or a change by the klageinstans (`changed`): the service's new
    ///   current decision, so its status shows the new outcome;
    /// - a rejection (`rejected`, an *avvisning*): an appealable decision about the appeal, with
    ///   its own appeal deadline, that leaves the service's outcome as it was.
    /// Without `newDecisionOutcome` (also read as `newOutcome`), a reversal's `scope` gives it
    /// (`full` → granted, `partial` → partly granted); otherwise no new decision is recorded.
    /// Upheld and quashed results make none here: a quashed decision is followed by the
    /// service's own `decision-made`.
    struct AppealDecided: Decodable {
        var caseID: CaseID
        var appealID: AppealID
        var decisionID: DecisionID
        var service: ServiceCode
        var result: AppealFact.AppealResult
        var scope: String?
        var newDecisionID: DecisionID?
        var newDecisionOutcome: DecisionOutcome?
        var newOutcome: DecisionOutcome?
        var newDecisionDate: LocalDate?
        var decidedAt: Date

        var newDecision: AppealFact.NewDecision? {
            guard let newDecisionID else { return nil }
            let outcome: DecisionOutcome?
            switch result {
            case .reversed:
                outcome = newDecisionOutcome ?? newOutcome ?? (scope == "full" ? .granted : scope == "partial" ? .partlyGranted : nil)
            case .changed, .rejected:
                outcome = newDecisionOutcome ?? newOutcome
            case .upheld, .quashed:
                outcome = nil
            }
            return outcome.map {
                AppealFact.NewDecision(decisionID: newDecisionID, outcome: $0, decisionDate: newDecisionDate, rejectsAppeal: result == .rejected)
            }
        }

        var fact: AppealFact {
            AppealFact(caseID: caseID, appealID: appealID, decisionID: decisionID, service: service,
                       stage: .decided(result), at: decidedAt, newDecision: newDecision)
        }
    }

    /// `no.inngang.klage.reasons-requested.v1`: a party asked for the reasons for a decision
    /// (forvaltningsloven § 24); `inTime` says whether it interrupted that party's deadline.
    struct ReasonsRequested: Decodable {
        var caseID: CaseID
        var decisionID: DecisionID
        var service: ServiceCode
        var requester: PersonRef
        var reasonRequestID: String
        var requestedAt: Date
        var inTime: Bool

        var fact: ReasonsFact {
            ReasonsFact(caseID: caseID, decisionID: decisionID, service: service, requester: requester,
                        reasonRequestID: reasonRequestID, step: .requested(inTime: inTime), at: requestedAt)
        }
    }

    /// `no.inngang.klage.reasons-given.v1`: the reasons were given; a new deadline runs from the
    /// Oslo day of `givenAt` when the request was in time (`inTime`, absent → `nil`: the
    /// request's own flag decides).
    struct ReasonsGiven: Decodable {
        var caseID: CaseID
        var decisionID: DecisionID
        var service: ServiceCode
        var requester: PersonRef
        var reasonRequestID: String
        var givenAt: Date
        var inTime: Bool?

        var fact: ReasonsFact {
            ReasonsFact(caseID: caseID, decisionID: decisionID, service: service, requester: requester,
                        reasonRequestID: reasonRequestID, step: .given(inTime: inTime), at: givenAt)
        }
    }
}
