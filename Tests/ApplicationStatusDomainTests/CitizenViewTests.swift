import Foundation
import InngangModels
import Testing

@testable import ApplicationStatusDomain

/// The family's view of a case in bokmål, nynorsk and English.
@Suite struct CitizenViewTests {
    let f = Fixture()
    let task = TaskID()
    let bupDecision = DecisionID()
    let renderer = CitizenViewRenderer(processingTimes: ["ppt": 20, "bup": 5])
    let now = oslo(2026, 3, 10, 9)
    let requestEventID = "request-1"

    /// Received Monday 2 March 2026, routed to PPT and BUP. PPT asked for a school report due
    /// 20 March and set a meeting on 24 March; BUP refused on 5 March, notice delivered 6 March.
    var timeline: CaseTimeline {
        f.timeline(at: oslo(2026, 3, 2), routedTo: ["ppt", "bup"], [
            f.coordinator("Kari Nordmann", oslo(2026, 3, 2, 13)),
            f.progress("ppt", oslo(2026, 3, 3)),
            f.docRequested("ppt", task, due: day(2026, 3, 20), oslo(2026, 3, 4), id: requestEventID),
            f.meeting("ppt", MeetingID(), startsAt: oslo(2026, 3, 24, 10), reported: oslo(2026, 3, 4)),
            f.decision("bup", bupDecision, .refused, date: day(2026, 3, 5), oslo(2026, 3, 5)),
            f.delivered(bupDecision, oslo(2026, 3, 6, 8)),
        ])
    }
    var texts: [String: String] { [requestEventID: "Siste halvårsrapport fra skolen"] }

    func render(_ language: Language, _ viewer: Viewer? = nil, timeline: CaseTimeline? = nil) throws -> CitizenCaseView {
        try renderer.render(timeline ?? self.timeline, for: viewer ?? .guardian(f.guardian), language: language, now: now, texts: texts)
    }

    /// Services come in routing order, then by code (both routed at once here: bup, ppt).
    @Test func rendersInAllThreeLanguages() throws {
        let nb = try render(.nb), nn = try render(.nn), en = try render(.en)
        #expect(nb.services.map(\.serviceName) == ["Barne- og ungdomspsykiatrien (BUP)", "PP-tjenesten"])
        #expect(nn.services.map(\.serviceName) == ["Barne- og ungdomspsykiatrien (BUP)", "PP-tenesta"])
        #expect(en.services.map(\.serviceName) == ["Child and adolescent mental health service (BUP)", "Educational-psychological service"])
        #expect(nb.services.map(\.statusText) == ["Vedtak: avslått", "Venter på dokumentasjon fra dere"])
        #expect(nn.services.map(\.statusText) == ["Vedtak: avslått", "Ventar på dokumentasjon frå dykk"])
        #expect(en.services.map(\.statusText) == ["Decision: refused", "Waiting for documents from you"])
        #expect(nb.services[1].nextStepText
            == "PP-tjenesten venter på dokumentasjon fra dere. Send den innen 20. mars 2026. Forventet svar innen 20. april 2026 hvis dokumentasjonen kommer innen fristen.")
        #expect(nn.services[1].nextStepText
            == "PP-tenesta ventar på dokumentasjon frå dykk. Send dokumentasjonen innan 20. mars 2026. Forventa svar innan 20. april 2026 dersom dokumentasjonen kjem innan fristen.")
        #expect(en.services[1].nextStepText
            == "Educational-psychological service is waiting for documents from you. Please send them by 20 March 2026. Expected answer by 20 April 2026 if the documents arrive in time.")
        #expect(en.upcomingMeetings.map(\.text) == ["Meeting with Educational-psychological service on Tuesday 24 March 2026 at 10:00, Rådhuset, rom 2."])
        #expect(nb.upcomingMeetings.map(\.text) == ["Møte med PP-tjenesten tirsdag 24. mars 2026 kl. 10.00, Rådhuset, rom 2."])
        #expect(nn.coordinator?.text == "Kari Nordmann er kontaktpersonen dykkar og hjelper dykk med heile saka.")
        for view in [nb, nn, en] {
            #expect(view.history.count == 8)
            #expect(view.openTasks.count == 1 && view.appeals.count == 1)
        }
        #expect(Set([nb.history[0].text, nn.history[0].text, en.history[0].text]).count == 3)
    }

    @Test func showsStatusNextStepAndExpectedDatePerService() throws {
        let simple = f.timeline(at: oslo(2026, 3, 2), [f.progress("ppt", oslo(2026, 3, 3))])
        let en = try render(.en, timeline: simple)
        let ppt = try #require(en.services.first)
        #expect(ppt.status == "in-progress" && ppt.nextStep == "service-is-assessing")
        #expect(ppt.expectedDate == day(2026, 3, 30) && ppt.expectedDateBasis == .processingTime && !ppt.expectedDateIsOverdue)
        #expect(ppt.nextStepText == "Educational-psychological service is assessing the case. Expected answer by 30 March 2026.")
        #expect(try render(.nb, timeline: simple).services[0].nextStepText == "PP-tjenesten vurderer saken. Forventet svar innen 30. mars 2026.")
    }

    @Test func showsOpenTasksWithTheCaseworkersDescription() throws {
        let view = try render(.nb)
        #expect(view.openTasks == [TaskView(
            taskID: task, service: "ppt", serviceName: "PP-tjenesten", documentCode: "school-report",
            description: "Siste halvårsrapport fra skolen", dueDate: day(2026, 3, 20), isOverdue: false,
            text: "PP-tjenesten ber om dokumentasjon. Send den innen 20. mars 2026.")])
    }

    @Test func showsAppealDeadlineAndHowToAppealForARefusal() throws {
        let appeal = try #require(try render(.nb).appeals.first)
        #expect(appeal.decisionID == bupDecision && appeal.outcome == .refused && appeal.status == .open)
        #expect(appeal.deadline == day(2026, 3, 27) && appeal.deadlineBasis == .deliveryTime && !appeal.deadlineIsProvisional)
        #expect(appeal.deadlineText.hasPrefix("Dere kan klage innen 27. mars 2026."))
        #expect(appeal.deadlineText.contains("tre uker fra 6. mars 2026"))
        #expect(appeal.howToAppealText.contains("Send klagen til Barne- og ungdomspsykiatrien (BUP)"))
        #expect(try render(.en).services[0].nextStepText
            == "You can appeal the decision from Child and adolescent mental health service (BUP). The deadline is 27 March 2026.")
    }

    @Test func provisionalDeadlineSaysSo() throws {
        let undelivered = f.timeline(at: oslo(2026, 3, 2), [f.decision("ppt", DecisionID(), .partlyGranted, date: day(2026, 3, 5), oslo(2026, 3, 5))])
        let appeal = try #require(try render(.en, timeline: undelivered).appeals.first)
        #expect(appeal.deadlineIsProvisional && appeal.deadlineBasis == .decisionDateProvisional)
        #expect(appeal.deadline == day(2026, 3, 26))
        #expect(appeal.deadlineText.contains("For now the deadline is counted from the decision date, 5 March 2026."))
    }

    @Test func grantedDecisionShowsNoAppeal() throws {
        let granted = f.timeline(at: oslo(2026, 3, 2), [f.decision("ppt", DecisionID(), .granted, date: day(2026, 3, 5), oslo(2026, 3, 5))])
        let view = try render(.nb, timeline: granted)
        #expect(view.appeals.isEmpty)
        #expect(view.services[0].nextStepText == "Dere trenger ikke gjøre noe nå.")
    }

    @Test func historyIsNewestFirst() throws {
        let history = try render(.nb).history
        #expect(history.map(\.at) == history.map(\.at).sorted(by: >))
        #expect(history.last?.text == "Vi tok imot saken.")
        #expect(history.contains { $0.text == "Barne- og ungdomspsykiatrien (BUP) fattet vedtak: avslått." })
    }

    @Test func caseworkerSeesOnlyTheirOwnServicesPart() throws {
        let view = try render(.nb, .caseworker(service: "ppt", employeeID: "emp-1"))
        #expect(view.services.map(\.service) == ["ppt"])
        #expect(view.appeals.isEmpty)
        #expect(view.history.allSatisfy { $0.service == nil || $0.service == "ppt" })
    }

    @Test func encodesAsJSONAndBack() throws {
        let view = try render(.nn)
        let data = try EventJSON.encoder.encode(view)
        #expect(try EventJSON.decoder.decode(CitizenCaseView.self, from: data) == view)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""status":"documentation-requested""#))
        #expect(json.contains(#""deadlineBasis":"delivery-time""#))
    }
}
