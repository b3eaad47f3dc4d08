import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// The klage service's events on the timeline: each step's mapping (tolerant readers), the
/// appeal's current stage, and the new decision a reversal makes.
@Suite struct AppealTimelineTests {
    let f = Fixture()
    let refusal = DecisionID()
    let appealID = AppealID()

    /// A klage CloudEvent whose payload has the producer's shape, plus fields the reader ignores.
    func klage(_ type: EventType, _ fields: [String: Any], id: String = UUID().uuidString) throws -> CloudEvent {
        var payload: [String: Any] = [
            "caseID": f.caseID.description, "appealID": appealID.description, "decisionID": refusal.description, "service": "ppt",
            "appellant": ["nationalIdentityNumber": f.guardian.nationalIdentityNumber], "klageinstans": "statsforvalteren",
        ]
        payload.merge(fields) { _, new in new }
        let data = try JSONSerialization.data(withJSONObject: payload)
        return CloudEvent(id: id, source: "/inngang/klage", type: type.ceType, time: Date(), subject: f.caseID.description, data: Array(data))
    }

    func instant(_ date: Date) -> String { RFC3339.string(from: date) }

    func fact(_ event: CloudEvent) throws -> AppealFact? {
        guard let recorded = try RecordedEvent(cloudEvent: event) else { return nil }
        guard case .appeal(let fact) = recorded.event else {
            Issue.record("expected an appeal fact, got \(recorded.event)")
            return nil
        }
        return fact
    }

    /// Refused by PPT on 5 March 2026, notice delivered 6 March.
    func refused(_ more: [RecordedEvent]) -> CaseTimeline {
        f.timeline(at: oslo(2026, 3, 2), [
            f.decision("ppt", refusal, .refused, date: day(2026, 3, 5), oslo(2026, 3, 5)), f.delivered(refusal, oslo(2026, 3, 6, 8)),
        ] + more)
    }

    func recorded(_ event: CloudEvent) throws -> RecordedEvent { try #require(try RecordedEvent(cloudEvent: event)) }

    /// A step of this suite's appeal against the refusal.
    func step(_ stage: AppealFact.Stage, _ at: Date) -> RecordedEvent {
        f.event(.appeal(AppealFact(caseID: f.caseID, appealID: appealID, decisionID: refusal, service: "ppt", stage: stage, at: at)))
    }

    // MARK: Mapping of each event

    @Test func appealFiledBecomesTheFiledStepAtItsSendingTime() throws {
        let event = try klage(.klageAppealFiled, [
            "filedAt": instant(oslo(2026, 3, 20, 9)), "appellantRole": "guardian", "timeliness": "in-time", "missingParts": [],
            "deadlineBasis": "delivery-time", "interimReplyDueBy": "2026-04-20",
        ])
        let fact = try #require(try fact(event))
        #expect(fact == AppealFact(caseID: f.caseID, appealID: appealID, decisionID: refusal, service: "ppt", stage: .filed, at: oslo(2026, 3, 20, 9)))
    }

    @Test func completionRequestedBecomesAStepWithItsDeadline() throws {
        let event = try klage(.klageAppealCompletionRequested, [
            "completeBy": "2026-03-30", "requestedAt": instant(oslo(2026, 3, 21, 10)), "missingParts": ["signature"],
        ])
        let fact = try #require(try fact(event))
        #expect(fact.stage == .completionRequested(completeBy: day(2026, 3, 30)) && fact.at == oslo(2026, 3, 21, 10))
    }

    @Test func completionRequestNamingNoDecisionIsSkipped() throws {
        var event = try klage(.klageAppealCompletionRequested, ["completeBy": "2026-03-30", "requestedAt": instant(oslo(2026, 3, 21, 10))])
        var payload = try #require(try JSONSerialization.jsonObject(with: Data(event.data)) as? [String: Any])
        payload["decisionID"] = nil
        event.data = Array(try JSONSerialization.data(withJSONObject: payload))
        #expect(try RecordedEvent(cloudEvent: event) == nil)
    }

    @Test func appealCompletedBecomesTheCompletedStep() throws {
        let fact = try #require(try fact(klage(.klageAppealCompleted, ["completedAt": instant(oslo(2026, 3, 25, 10)), "timeliness": "in-time"])))
        #expect(fact.stage == .completed && fact.at == oslo(2026, 3, 25, 10))
    }

    @Test func appealForwardedBecomesTheForwardedStep() throws {
        let fact = try #require(try fact(klage(.klageAppealForwarded, ["forwardedAt": instant(oslo(2026, 4, 1, 10))])))
        #expect(fact.stage == .forwarded && fact.at == oslo(2026, 4, 1, 10))
    }

    @Test func interimReplySentBecomesAnInterimReplyWithTheExpectedDate() throws {
        let fact = try #require(try fact(klage(.klageInterimReplySent, [
            "expectedBy": "2026-05-15", "sentAt": instant(oslo(2026, 4, 20, 10)), "reason": "high-workload", "sentBy": "underinstans",
        ])))
        #expect(fact.stage == .interimReply(expectedBy: day(2026, 5, 15)) && fact.at == oslo(2026, 4, 20, 10))
    }

    @Test func appealDecidedBecomesTheDecidedStepWithItsResult() throws {
        let fact = try #require(try fact(klage(.klageAppealDecided, [
            "result": "upheld", "decidedBy": "klageinstans", "decidedAt": instant(oslo(2026, 5, 10, 10)),
        ])))
        #expect(fact.stage == .decided(.upheld) && fact.newDecision == nil)
    }

    @Test func unreadableKlagePayloadIsAnErrorWithoutValues() throws {
        let event = try klage(.klageAppealDecided, ["result": "maybe", "decidedAt": instant(oslo(2026, 5, 10, 10))])
        let error = #expect(throws: ApplicationStatusDomainError.self) { try RecordedEvent(cloudEvent: event) }
        #expect(error?.code == .unreadableEvent)
        #expect(error?.message.contains(f.guardian.nationalIdentityNumber) == false)
    }

    // MARK: Reversal

    @Test func reversalAddsTheNewDecisionSoTheServiceShowsItsOutcome() throws {
        let newDecision = DecisionID()
        let decided = try recorded(klage(.klageAppealDecided, [
            "result": "reversed", "scope": "full", "decidedBy": "underinstans", "newDecisionID": newDecision.description,
            "newDecisionOutcome": "granted", "decidedAt": instant(oslo(2026, 3, 27, 14)),
        ]))
        let timeline = refused([step(.filed, oslo(2026, 3, 20)), decided])
        #expect(timeline.state(of: "ppt") == .decided(.granted))
        let latest = try #require(timeline.latestDecision(for: "ppt"))
        #expect(latest.decisionID == newDecision && latest.decisionDate == day(2026, 3, 27))
        #expect(timeline.decisions[refusal]?.appeal?.result == .reversed && timeline.decisions[refusal]?.appeal?.newDecisionID == newDecision)
        #expect(timeline.entries.suffix(2).map(\.kind.code) == ["appeal-decided", "decision-made"])
        #expect(NextStepRule.nextStep(for: "ppt", in: timeline, processingTimes: [:], today: day(2026, 3, 28)) == .nothingPending)
    }

    @Test func reversalWithoutNewOutcomeTakesItFromTheScope() throws {
        let newDecision = DecisionID()
        let decided = try recorded(klage(.klageAppealDecided, [
            "result": "reversed", "scope": "partial", "newDecisionID": newDecision.description, "decidedAt": instant(oslo(2026, 3, 27, 14)),
        ]))
        let timeline = refused([decided])
        #expect(timeline.state(of: "ppt") == .decided(.partlyGranted))
        // The partial grant is a decision of its own, with its own appeal deadline.
        let step = NextStepRule.nextStep(for: "ppt", in: timeline, processingTimes: [:], today: day(2026, 3, 28))
        guard case .familyMayAppeal(let deadline) = step else {
            Issue.record("expected familyMayAppeal, got \(step)")
            return
        }
        #expect(deadline.decisionID == newDecision && deadline.isProvisional && deadline.lastDay == day(2026, 4, 17))
    }

    @Test func noticeOfTheReversalStartsTheNewDecisionsAppealDeadline() throws {
        let newDecision = DecisionID()
        let decided = try recorded(klage(.klageAppealDecided, [
            "result": "reversed", "scope": "partial", "newDecisionID": newDecision.description, "newDecisionOutcome": "partly-granted",
            "decidedAt": instant(oslo(2026, 3, 27, 14)),
        ]))
        let notice = try recorded(CloudEvent(source: "/inngang/notification", type: .notificationDelivered, data: NotificationDeliveredV1(
            notificationID: NotificationID(), caseID: f.caseID, purpose: .appealDecided, recipient: f.guardian, channel: .sms,
            sourceEventID: decided.id, decisionID: newDecision, deliveredAt: oslo(2026, 3, 30, 9))))
        let timeline = refused([notice, decided])  // the notice may arrive first
        let latest = try #require(timeline.latestDecision(for: "ppt"))
        let deadline = try #require(AppealDeadlineRule.deadline(for: latest))
        #expect(deadline.basis == .deliveryTime && deadline.countedFrom == day(2026, 3, 30) && deadline.lastDay == day(2026, 4, 20))
    }

    @Test func reversalTakesTheNewDecisionsDateFromTheEvent() throws {
        let newDecision = DecisionID()
        let decided = try recorded(klage(.klageAppealDecided, [
            "result": "reversed", "scope": "full", "newDecisionID": newDecision.description, "newDecisionOutcome": "granted",
            "newDecisionDate": "2026-03-26", "decidedAt": instant(oslo(2026, 3, 27, 14)),
        ]))
        #expect(refused([decided]).latestDecision(for: "ppt")?.decisionDate == day(2026, 3, 26))
    }

    /// An *avvisning* of the appeal is itself appealable, but the service's outcome stays.
    @Test func rejectionOfTheAppealIsAnAppealableDecisionThatLeavesTheServiceOutcome() throws {
        let rejection = DecisionID()
        let decided = try recorded(klage(.klageAppealDecided, [
            "result": "rejected", "rejectionReason": "late", "decidedBy": "underinstans", "newDecisionID": rejection.description,
            "newDecisionOutcome": "dismissed", "decidedAt": instant(oslo(2026, 4, 20, 14)),
        ]))
        let timeline = refused([step(.filed, oslo(2026, 4, 10)), decided])
        #expect(timeline.state(of: "ppt") == .decided(.refused))
        #expect(timeline.decisions(for: "ppt").map(\.decisionID).contains(rejection))
        #expect(!timeline.entries.contains { if case .decisionMade(let id, _) = $0.kind { id == rejection } else { false } })
        let step = NextStepRule.nextStep(for: "ppt", in: timeline, processingTimes: [:], today: day(2026, 4, 21))
        guard case .familyMayAppeal(let deadline) = step else {
            Issue.record("expected familyMayAppeal, got \(step)")
            return
        }
        #expect(deadline.decisionID == rejection && deadline.lastDay == day(2026, 5, 11))
        let view = try CitizenViewRenderer(processingTimes: [:]).render(timeline, for: .guardian(f.guardian), language: .nb, now: oslo(2026, 4, 21, 9))
        #expect(view.appeals.map(\.decisionID) == [rejection, refusal])
        #expect(view.appeals.first?.outcomeText == "Avvist" && view.appeals.first?.status == .open)
    }

    @Test func upheldAppealLeavesTheDecisionInForce() throws {
        let timeline = refused([
            step(.filed, oslo(2026, 3, 20)), step(.forwarded, oslo(2026, 4, 1)),
            step(.decided(.upheld), oslo(2026, 5, 10)),
        ])
        #expect(timeline.state(of: "ppt") == .decided(.refused))
        #expect(timeline.decisions(for: "ppt").count == 1)
        #expect(AppealDeadlineRule.status(of: timeline.decisions[refusal]!, today: day(2026, 5, 11)) == .decided)
    }

    // MARK: Current stage

    @Test func forwardingAfterAPartialReversalIsStillBeingHandled() throws {
        let newDecision = DecisionID()
        let decided = try recorded(klage(.klageAppealDecided, [
            "result": "reversed", "scope": "partial", "newDecisionID": newDecision.description, "newDecisionOutcome": "partly-granted",
            "decidedAt": instant(oslo(2026, 3, 27, 14)),
        ]))
        let timeline = refused([
            step(.filed, oslo(2026, 3, 20)), decided, step(.forwarded, oslo(2026, 3, 30)),
        ])
        #expect(timeline.decisions[refusal]?.appeal?.stage == .forwarded)
        #expect(AppealDeadlineRule.status(of: timeline.decisions[refusal]!, today: day(2026, 3, 31)) == .filed)
        #expect(NextStepRule.nextStep(for: "ppt", in: timeline, processingTimes: [:], today: day(2026, 3, 31)) == .appealBeingHandled(expectedBy: nil))
    }

    @Test func interimReplyDateIsShownUntilTheAppealMovesOn() throws {
        let interim = refused([
            step(.filed, oslo(2026, 3, 20)), step(.interimReply(expectedBy: day(2026, 5, 15)), oslo(2026, 4, 20)),
        ])
        #expect(NextStepRule.nextStep(for: "ppt", in: interim, processingTimes: [:], today: day(2026, 4, 21))
            == .appealBeingHandled(expectedBy: day(2026, 5, 15)))
        let forwarded = refused([
            step(.filed, oslo(2026, 3, 20)), step(.interimReply(expectedBy: day(2026, 5, 15)), oslo(2026, 4, 20)),
            step(.forwarded, oslo(2026, 4, 25)),
        ])
        #expect(forwarded.decisions[refusal]?.appeal?.pendingExpectedBy == nil)
    }

    @Test func appealStepsFoldToTheSameStateInAnyOrder() throws {
        let decision = f.decision("ppt", refusal, .refused, date: day(2026, 3, 5), oslo(2026, 3, 5))
        let steps = [
            step(.filed, oslo(2026, 3, 20)),
            step(.completionRequested(completeBy: day(2026, 3, 30)), oslo(2026, 3, 21)),
            step(.completed, oslo(2026, 3, 25)),
            step(.forwarded, oslo(2026, 4, 1)),
            step(.decided(.upheld), oslo(2026, 5, 10)),
        ]
        let forward = f.timeline(at: oslo(2026, 3, 2), [decision] + steps)
        let backward = f.timeline(at: oslo(2026, 3, 2), steps.reversed() + [decision])
        #expect(forward.decisions == backward.decisions)
        #expect(forward.entries.map(\.eventID).suffix(5) == backward.entries.map(\.eventID).suffix(5))
        #expect(forward.decisions[refusal]?.appeal?.stage == .decided)
        #expect(refused(Array(steps.prefix(2))).decisions[refusal]?.appeal?.stage == .completionRequested)
        #expect(refused(Array(steps.prefix(3))).decisions[refusal]?.appeal?.stage == .completed)
    }

    // MARK: The family's view

    @Test func familySeesEachAppealStepAndTheCurrentStageInThreeLanguages() throws {
        let newDecision = DecisionID()
        let decided = try recorded(klage(.klageAppealDecided, [
            "result": "reversed", "scope": "full", "newDecisionID": newDecision.description, "newDecisionOutcome": "granted",
            "decidedAt": instant(oslo(2026, 4, 22, 14)),
        ]))
        let steps = [
            step(.filed, oslo(2026, 3, 20)),
            step(.completionRequested(completeBy: day(2026, 3, 30)), oslo(2026, 3, 21)),
            step(.completed, oslo(2026, 3, 25)),
            step(.interimReply(expectedBy: day(2026, 5, 15)), oslo(2026, 4, 20)),
        ]
        let renderer = CitizenViewRenderer(processingTimes: ["ppt": 20])
        func render(_ timeline: CaseTimeline, _ language: Language) throws -> CitizenCaseView {
            try renderer.render(timeline, for: .guardian(f.guardian), language: language, now: oslo(2026, 4, 23, 9))
        }

        let pending = try render(refused(steps), .nb)
        let progress = try #require(pending.appeals.first?.appeal)
        #expect(progress.stage == .interimReply && progress.expectedBy == day(2026, 5, 15) && progress.filedOn == day(2026, 3, 20))
        #expect(progress.text == "Klagen deres er mottatt, og PP-tjenesten behandler den. Forventet svar innen 15. mai 2026.")
        #expect(Array(pending.history.prefix(4).map(\.kind)) == [
            "appeal-interim-reply", "appeal-completed", "appeal-completion-requested", "appeal-filed",
        ])
        #expect(pending.history[2].text == "Klagen manglet noen opplysninger. Dere ble bedt om å sende dem innen 30. mars 2026.")

        let requested = try render(refused(Array(steps.prefix(2))), .en)
        #expect(requested.appeals.first?.appeal?.text
            == "Your appeal is missing some information. Please send it by 30 March 2026. Your contact person can help you.")

        let done = refused(steps + [decided])
        let nb = try render(done, .nb), nn = try render(done, .nn), en = try render(done, .en)
        #expect(nb.services.first?.statusText == "Vedtak: innvilget")
        #expect(nb.appeals.first?.appeal?.stage == .decided && nb.appeals.first?.appeal?.newOutcome == .granted)
        #expect(nb.appeals.first?.appeal?.text == "Kommunen endret vedtaket etter klagen. Nytt vedtak: innvilget.")
        #expect(nn.appeals.first?.appeal?.text == "Kommunen endra vedtaket etter klaga. Nytt vedtak: innvilga.")
        #expect(en.appeals.first?.appeal?.text == "The municipality changed its decision after your appeal. New decision: granted.")
        #expect(Array(en.history.prefix(2).map(\.text)) == [
            "Educational-psychological service made a decision: granted.", "The municipality changed its decision after your appeal.",
        ])
    }
}
