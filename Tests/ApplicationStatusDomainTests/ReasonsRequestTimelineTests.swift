import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// Requests for the reasons for a decision (forvaltningsloven § 24 second paragraph, § 29 third
/// paragraph) from klage's `reasons-requested` / `reasons-given` events: an in-time request
/// interrupts the family's appeal deadline, and a new one of three weeks runs from the Oslo day
/// the reasons were given.
@Suite struct ReasonsRequestTimelineTests {
    let f = Fixture()
    let decisionID = DecisionID()
    let requestID = UUID().uuidString.lowercased()

    /// A refusal dated Thursday 8 January 2026, notice delivered Monday 12 January (ordinary
    /// deadline Monday 2 February), plus `more`.
    func refused(_ more: [RecordedEvent] = []) -> CaseTimeline {
        f.timeline(at: oslo(2026, 1, 5), [
            f.decision("ppt", decisionID, .refused, date: day(2026, 1, 8), oslo(2026, 1, 8, 14)),
            f.delivered(decisionID, oslo(2026, 1, 12, 10)),
        ] + more)
    }

    func requested(_ at: Date, inTime: Bool = true, by person: PersonRef? = nil, id: String? = nil) -> RecordedEvent {
        f.event(.reasons(ReasonsFact(caseID: f.caseID, decisionID: decisionID, service: "ppt", requester: person ?? f.guardian,
                                     reasonRequestID: id ?? requestID, step: .requested(inTime: inTime), at: at)))
    }

    func given(_ at: Date, inTime: Bool? = true, by person: PersonRef? = nil, id: String? = nil) -> RecordedEvent {
        f.event(.reasons(ReasonsFact(caseID: f.caseID, decisionID: decisionID, service: "ppt", requester: person ?? f.guardian,
                                     reasonRequestID: id ?? requestID, step: .given(inTime: inTime), at: at)))
    }

    func decision(_ timeline: CaseTimeline) throws -> Decision { try #require(timeline.decisions[decisionID]) }

    @Test func inTimeRequestForReasonsLeavesNoRunningDeadline() throws {
        let d = try decision(refused([requested(oslo(2026, 1, 20))]))
        let deadline = try #require(AppealDeadlineRule.deadline(for: d))
        #expect(deadline.basis == .awaitingReasons)
        #expect(deadline.lastDay == nil)
        #expect(deadline.absoluteLimit == day(2027, 1, 8))
        // Long after the ordinary deadline, it is still not passed.
        #expect(AppealDeadlineRule.status(of: d, today: day(2026, 3, 1)) == .awaitingReasons)
    }

    @Test func reasonsGivenStartsThreeNewWeeksFromTheOsloDayTheyWereGiven() throws {
        // Given Monday 2 February 2026 at 23:30 Oslo (22:30 UTC): the day is 2 February → Monday 23 February.
        let d = try decision(refused([requested(oslo(2026, 1, 20)), given(oslo(2026, 2, 2, 23, 30))]))
        let deadline = try #require(AppealDeadlineRule.deadline(for: d))
        #expect(deadline.basis == .reasonsGiven)
        #expect(deadline.countedFrom == day(2026, 2, 2))
        #expect(deadline.lastDay == day(2026, 2, 23))
        #expect(deadline.lastDay == LegalDeadline.weeks(3, from: day(2026, 2, 2)))
        #expect(AppealDeadlineRule.status(of: d, today: day(2026, 2, 23)) == .open)
        #expect(AppealDeadlineRule.status(of: d, today: day(2026, 2, 24)) == .deadlinePassed)
    }

    @Test func reasonsGivenJustAfterMidnightOsloCountFromTheOsloDay() throws {
        // 00:30 Oslo on Tuesday 3 February is still 2 February in UTC: the Oslo day counts.
        let d = try decision(refused([requested(oslo(2026, 1, 20)), given(oslo(2026, 2, 3, 0, 30))]))
        let deadline = try #require(AppealDeadlineRule.deadline(for: d))
        #expect(deadline.countedFrom == day(2026, 2, 3))
        #expect(deadline.lastDay == day(2026, 2, 24))
    }

    @Test func lateRequestForReasonsChangesNoDeadline() throws {
        let d = try decision(refused([requested(oslo(2026, 2, 10), inTime: false), given(oslo(2026, 2, 12), inTime: false)]))
        let deadline = try #require(AppealDeadlineRule.deadline(for: d))
        #expect(deadline.basis == .deliveryTime)
        #expect(deadline.lastDay == day(2026, 2, 2))
    }

    @Test func reasonsGivenBeforeTheRequestArrivesGivesTheSameDeadline() throws {
        let inOrder = try decision(refused([requested(oslo(2026, 1, 20)), given(oslo(2026, 2, 2))]))
        let reversed = try decision(refused([given(oslo(2026, 2, 2)), requested(oslo(2026, 1, 20))]))
        #expect(AppealDeadlineRule.deadline(for: reversed) == AppealDeadlineRule.deadline(for: inOrder))
        #expect(AppealDeadlineRule.deadline(for: reversed)?.basis == .reasonsGiven)
    }

    @Test func oneDeadlinePerDecisionFollowsTheEarliestInTimeRequester() throws {
        // The co-guardian asked later; the first requester's reasons were given on 2 February.
        let d = try decision(refused([
            requested(oslo(2026, 1, 20)), given(oslo(2026, 2, 2)),
            requested(oslo(2026, 1, 25), by: f.otherGuardian, id: "other-request"),
        ]))
        #expect(d.governingReasonsRequest?.requester == f.guardian)
        #expect(AppealDeadlineRule.deadline(for: d)?.lastDay == day(2026, 2, 23))
    }

    @Test func anAppealAfterTheReasonsStillShowsAsFiled() throws {
        let d = try decision(refused([requested(oslo(2026, 1, 20)), f.appeal(decisionID, "ppt", .filed, oslo(2026, 1, 22))]))
        #expect(AppealDeadlineRule.status(of: d, today: day(2026, 1, 23)) == .filed)
    }

    @Test func awaitingReasonsHasNothingForTheFamilyToDoAsNextStep() {
        let timeline = refused([requested(oslo(2026, 1, 20))])
        #expect(NextStepRule.nextStep(for: "ppt", in: timeline, processingTimes: [:], today: day(2026, 1, 21)) == .nothingPending)
    }

    @Test func familyViewShowsAwaitingReasonsWithoutADateInEveryLanguage() throws {
        let timeline = refused([requested(oslo(2026, 1, 20))])
        let renderer = CitizenViewRenderer(processingTimes: [:])
        let texts: [Language: String] = [
            .nb: "løper på nytt", .nn: "går på nytt", .en: "runs anew",
        ]
        for (language, fragment) in texts {
            let view = try renderer.render(timeline, for: .guardian(f.guardian), language: language, now: oslo(2026, 1, 21))
            let appeal = try #require(view.appeals.first)
            #expect(appeal.deadline == nil)
            #expect(appeal.status == .awaitingReasons)
            #expect(appeal.deadlineBasis == .awaitingReasons)
            #expect(appeal.deadlineText.contains(fragment), "\(language)")
            #expect(view.history.first?.kind == "reasons-requested")
        }
    }

    @Test func familyViewShowsTheNewDeadlineAndBothHistoryEntriesAfterTheReasons() throws {
        let timeline = refused([requested(oslo(2026, 1, 20)), given(oslo(2026, 2, 2))])
        let view = try CitizenViewRenderer(processingTimes: [:])
            .render(timeline, for: .guardian(f.guardian), language: .nb, now: oslo(2026, 2, 3))
        let appeal = try #require(view.appeals.first)
        #expect(appeal.deadline == day(2026, 2, 23))
        #expect(appeal.deadlineBasis == .reasonsGiven)
        #expect(appeal.status == .open)
        #expect(appeal.deadlineText.contains("23. februar 2026") && appeal.deadlineText.contains("begrunnelsen"))
        #expect(Array(view.history.prefix(2).map(\.kind)) == ["reasons-given", "reasons-requested"])
        #expect(view.history[0].text == "PP-tjenesten ga begrunnelse for vedtaket.")
    }

    @Test func reasonsEventsAreReadTolerantlyFromCloudEvents() throws {
        struct Requested: Encodable {
            var caseID: CaseID; var decisionID: DecisionID; var service = "ppt"; var requester: PersonRef
            var reasonRequestID: String; var requestedAt: Date; var inTime = true; var somethingNew = "ignored"
        }
        struct Given: Encodable {
            var caseID: CaseID; var decisionID: DecisionID; var service = "ppt"; var requester: PersonRef
            var reasonRequestID: String; var givenAt: Date
        }
        let requestedEvent = try CloudEvent(id: "r-1", source: "/inngang/klage", type: .klageReasonsRequested, subject: f.caseID.description,
                                            data: Requested(caseID: f.caseID, decisionID: decisionID, requester: f.guardian,
                                                            reasonRequestID: requestID, requestedAt: oslo(2026, 1, 20)))
        let givenEvent = try CloudEvent(id: "g-1", source: "/inngang/klage", type: .klageReasonsGiven, subject: f.caseID.description,
                                        data: Given(caseID: f.caseID, decisionID: decisionID, requester: f.guardian,
                                                    reasonRequestID: requestID, givenAt: oslo(2026, 2, 2)))
        let requested = try #require(try RecordedEvent(cloudEvent: requestedEvent))
        let given = try #require(try RecordedEvent(cloudEvent: givenEvent))
        guard case .reasons(let r) = requested.event, case .reasons(let g) = given.event else {
            Issue.record("not read as reasons facts"); return
        }
        #expect(r.step == .requested(inTime: true) && r.reasonRequestID == requestID)
        #expect(g.step == .given(inTime: nil) && g.at == oslo(2026, 2, 2))
        let d = try decision(refused([requested, given]))
        #expect(AppealDeadlineRule.deadline(for: d)?.lastDay == day(2026, 2, 23))
    }
}
