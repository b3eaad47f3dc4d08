import Foundation
import InngangModels
import IntakeDomain
import Testing

/// The core journey of issue 3 across the real executables (intake, application-status,
/// notification) as processes, the real PostgreSQL and the real broker: a guardian applies once,
/// a caseworker reports, the family sees one timeline, and the notifications in the sink are
/// exactly the expected ones — also when the notification service is killed mid-journey.
@Suite(.serialized, .timeLimit(.minutes(10)))
struct JourneyTests {
    typealias Family = DevelopmentFamilies.TwoGuardians

    static let application = """
        {"child":"\(Family.child)",
         "needs":{"categories":["learning","speech-language"],"description":"Strever med lesing og språk."},
         "childView":{"mode":"own-words","text":"Jeg vil ha hjelp med lesing."},
         "language":"nb",
         "contact":{"preferredChannel":"email","language":"nb"}}
        """

    @Test func aFamilyAppliesOnceIsToldWhatHappensNextAndIsNotifiedExactlyOnce() async throws {
        let system = try await RunningSystem.start()
        defer { Task { await system.dropDatabases() } }
        do {
            try await journey(system)
        } catch {
            Issue.record("journey failed: \(error)\n--- intake\n\(system.output("intake").suffix(3000))\n--- application-status\n\(system.output("application-status").suffix(3000))\n--- notification\n\(system.output("notification").suffix(3000))")
        }
        let statuses = await system.stop()
        for (name, status) in statuses { #expect(status == 0, "\(name) did not stop cleanly on SIGTERM") }
    }

    func journey(_ system: RunningSystem) async throws {
        let guardianA = try RunningSystem.token(["citizen", "--pid", Family.guardianA])
        let guardianB = try RunningSystem.token(["citizen", "--pid", Family.guardianB])
        let stranger = try RunningSystem.token(["citizen", "--pid", DevelopmentFamilies.SingleGuardian.guardian])
        let ppt = try RunningSystem.token(["employee", "--sub", "e2e-ppt-1", "--service", "ppt", "--role", "caseworker"])
        let barnevern = try RunningSystem.token(["employee", "--sub", "e2e-bv-1", "--service", "barnevern", "--role", "caseworker"])

        // 1–2. Apply once: 201 with case number and receipt; a retry is the same case.
        let key = ["Idempotency-Key": UUID().uuidString]
        let first = try await system.intake.post("/v1/applications", token: guardianA, json: Self.application, headers: key)
        try #require(first.status == 201, "submit: \(first.status) \(first.text)")
        let caseID = try #require(first.json["caseID"].string)
        #expect(first.json["caseNumber"].string?.isEmpty == false)
        #expect(first.json["receipt"]["lines"].array.count >= 3)
        #expect(Set(first.json["services"].array.compactMap(\.string)) == ["ppt", "skole"])
        #expect(!first.json["coordinator"].isNull)

        let retry = try await system.intake.post("/v1/applications", token: guardianA, json: Self.application, headers: key)
        #expect(retry.status == 200)
        #expect(retry.json["caseID"].string == caseID)
        let reused = try await system.intake.post("/v1/applications", token: guardianA,
                                                  json: Self.application.replacingOccurrences(of: "\"nb\"}}", with: "\"en\"}}"), headers: key)
        #expect(reused.status == 422)
        #expect(reused.contentType?.hasPrefix("application/problem+json") == true)

        // Bad input and foreign applicants.
        let invalid = try await system.intake.post("/v1/applications", token: guardianA, json: #"{"child":"123","needs":{"categories":["astrology"]}}"#,
                                                   headers: ["Idempotency-Key": UUID().uuidString])
        #expect((400...422).contains(invalid.status))
        #expect(invalid.contentType?.hasPrefix("application/problem+json") == true)
        #expect(!invalid.text.contains("astrology"), "a problem answer must not echo input values")
        let notGuardian = try await system.intake.post("/v1/applications", token: stranger, json: Self.application,
                                                       headers: ["Idempotency-Key": UUID().uuidString])
        #expect(notGuardian.status == 403)

        // 3–4. application-status builds the timeline from intake's events.
        let received = try await eventually(within: .seconds(60)) { () -> JSONValue? in
            let reply = try await system.status.get("/v1/cases/\(caseID)", token: guardianA)
            return reply.status == 200 && reply.json["services"].array.count == 2 && !reply.json["coordinator"].isNull ? reply.json : nil
        }
        let view = try #require(received, "the case never appeared in application-status")
        #expect(view["services"].array.allSatisfy { $0["expectedDate"].string != nil }, "each service has an expected date")
        #expect(try await system.status.get("/v1/cases/\(caseID)", token: stranger).status == 404)
        #expect(try await system.status.get("/v1/cases/\(caseID)", token: barnevern).status == 404)
        #expect(try await system.status.get("/v1/cases/\(UUID().uuidString.lowercased())", token: guardianA).status == 404)
        let mine = try await system.status.get("/v1/cases", token: guardianB)
        #expect(mine.json["cases"].array.contains { $0["caseID"].string == caseID })

        // 5. Receipt and coordinator news reach both guardians; a documentation request due in two
        // working days is reminded of at once (10:00 three working days before has passed).
        let report = "/v1/cases/\(caseID)/reports"
        let today = LocalDate.today()
        let due = WorkingDayCalendar.norway.addingWorkingDays(2, to: today)
        let meetingAt = Date().addingTimeInterval(100 * 60)
        #expect(try await system.status.post("\(report)/in-progress", token: ppt, json: "{}").status == 201)
        // Every report carries an Idempotency-Key, so a retry can never notify the family twice.
        let withoutKey = try await system.status.post("\(report)/in-progress", token: ppt, json: "{}", idempotencyKey: false)
        #expect(withoutKey.status == 400 && withoutKey.contentType?.hasPrefix("application/problem+json") == true,
                "a report without Idempotency-Key: \(withoutKey.status)")
        let task = try await system.status.post("\(report)/documentation-request", token: ppt,
            json: #"{"documentCode":"sakkyndig-vurdering","description":"Uttalelse fra barnehagen.","dueDate":"\#(due)"}"#)
        #expect(task.status == 201, "documentation-request: \(task.text)")
        let news = try await eventually(within: .seconds(60)) { () -> [JSONValue]? in
            let sent = system.sentMessages()
            return sent.count >= 6 ? sent : nil
        }
        try #require(news != nil, "receipt, coordinator and documentation notifications never arrived: \(system.sentMessages().count)")

        // Kill the notification service mid-journey; the caseworker goes on reporting.
        await system.kill("notification")

        // A second documentation request, reminded of later — until the decision closes it.
        let laterDue = WorkingDayCalendar.norway.addingWorkingDays(20, to: today)
        let laterTask = try await system.status.post("\(report)/documentation-request", token: ppt,
            json: #"{"documentCode":"legeerklaering","description":"Legeerklæring.","dueDate":"\#(laterDue)"}"#)
        #expect(laterTask.status == 201, "documentation-request: \(laterTask.text)")
        let meeting = try await system.status.post("\(report)/meeting", token: ppt,
            json: #"{"startsAt":"\#(ISO8601DateFormatter().string(from: meetingAt))","place":"Rom 2"}"#)
        #expect(meeting.status == 201, "meeting: \(meeting.text)")
        let badDecision = try await system.status.post("\(report)/decision", token: ppt, json: #"{"outcome":"maybe","decisionDate":"\#(today)"}"#)
        #expect((400...422).contains(badDecision.status))
        #expect(badDecision.json["errors"].array.contains { $0["pointer"].string == "/outcome" })
        #expect(try await system.status.post("\(report)/in-progress", token: barnevern, json: "{}").status == 404)
        let decisionKey = ["Idempotency-Key": "decision-\(caseID)"]
        let decisionBody = #"{"outcome":"refused","decisionDate":"\#(today)"}"#
        let decision = try await system.status.post("\(report)/decision", token: ppt, json: decisionBody, headers: decisionKey)
        #expect(decision.status == 201, "decision: \(decision.text)")
        // A retry (the case system never saw the answer) is the same report: no second decision,
        // no second message (the count of 10 below).
        let retried = try await system.status.post("\(report)/decision", token: ppt, json: decisionBody, headers: decisionKey)
        #expect(retried.status == 201 && retried.text == decision.text, "retried decision: \(retried.status)")
        #expect(retried.headers.first { $0.key.lowercased() == "idempotent-replayed" }?.value == "true")

        try await system.restart("notification")

        // 5–6. Exactly one message per (event, recipient, purpose): receipt, coordinator,
        // documentation due soon, meeting reminder, decision — for each of the two guardians.
        let expected: [String: Int] = ["receipt": 2, "coordinator-assigned": 2, "documentation-due-soon": 2,
                                       "decision-made": 2]
        let complete = try await eventually(within: .seconds(90)) { () -> [JSONValue]? in
            let sent = system.sentMessages()
            let counts = Dictionary(grouping: sent, by: { $0["purpose"].string ?? "?" }).mapValues(\.count)
            let meetingReminders = (counts["meeting-reminder-same-day"] ?? 0) + (counts["meeting-reminder-day-before"] ?? 0)
            return expected.allSatisfy({ counts[$0.key] ?? 0 >= $0.value }) && meetingReminders >= 2 ? sent : nil
        }
        try #require(complete != nil, "notifications incomplete: \(system.sentMessages().map { $0["purpose"].string ?? "?" })")

        // Kill and restart once more: nothing is sent again.
        await system.kill("notification")
        try await system.restart("notification")
        try await Task.sleep(for: .seconds(5))
        let sent = system.sentMessages()
        #expect(sent.count == 10, "expected 10 messages, got \(sent.map { $0["purpose"].string ?? "?" })")
        let keys = sent.map { "\($0["eventId"].string ?? "")|\($0["recipient"].string ?? "")|\($0["purpose"].string ?? "")" }
        #expect(Set(keys).count == keys.count, "a message was sent twice")
        #expect(Set(sent.compactMap { $0["recipient"].string }).count == 2, "both guardians, nobody else")
        #expect(Set(sent.compactMap { $0["caseId"].string }) == [caseID])
        // Every message's register read (population and contact register) is audited.
        let audited = try await system.database("notification").pool.query(
            "SELECT count(*)::int FROM audit_log WHERE action = 'read-registers-for-message' AND case_id = $1", [caseID])
        #expect(try audited.first?.decode(0, as: Int.self) ?? 0 >= 10, "register reads not audited")
        // The decision closed the later documentation request: its queued reminders were cancelled
        // as moot (the caseworker's view of the case's notifications), not sent.
        let planned = try await system.notification.get("/v1/cases/\(caseID)/notifications", token: ppt)
        #expect(planned.status == 200, "notifications view: \(planned.text)")
        let documentation = planned.json["notifications"].array.filter { $0["purpose"].string == "documentation-due-soon" }
        #expect(documentation.map { $0["state"].string ?? "?" }.sorted() == ["cancelled", "cancelled", "sent", "sent"],
                "documentation reminders: \(documentation.map { $0["state"].string ?? "?" })")
        for message in sent {
            let text = (message["text"].string ?? "") + " " + (message["subject"].string ?? "")
            #expect(!text.isEmpty)
            for forbidden in ["ppt", "PPT", "skole", "pedagogisk", "http", "www.", "Rom 2", "lesing", caseID] {
                #expect(!text.contains(forbidden), "a notification revealed '\(forbidden)'")
            }
        }

        // The family's view: decision with the appeal deadline counted from delivery.
        let decided = try await eventually(within: .seconds(60)) { () -> JSONValue? in
            let reply = try await system.status.get("/v1/cases/\(caseID)?lang=nb", token: guardianA)
            let appeal = reply.json["appeals"][0]
            return appeal["deadlineBasis"].string == "delivery-time" ? reply.json : nil
        }
        let family = try #require(decided, "the appeal deadline never counted from the delivery of the decision notice")
        let pptStatus = family["services"].array.first { $0["service"].string == "ppt" }
        #expect(pptStatus?["status"].string == "decided")
        #expect(pptStatus?["outcome"].string == "refused")
        #expect(family["appeals"][0]["howToAppealText"].string?.isEmpty == false)
        // The decision makes the service's earlier documentation request moot (CaseTimeline.openTasks).
        #expect(family["openTasks"].array.isEmpty)
        #expect(family["upcomingMeetings"].array.count == 1)
        #expect(family["history"].array.count >= 7)
        let english = try await system.status.get("/v1/cases/\(caseID)?lang=en", token: guardianB)
        #expect(english.status == 200)
        #expect(english.json["language"].string == "en")
        #expect(english.json["appeals"][0]["deadlineText"].string != family["appeals"][0]["deadlineText"].string)
        #expect(try await system.status.get("/v1/cases/\(caseID)?lang=xx", token: guardianA).status == 400)

        try await everyDocumentedOperationIsServed(system)
    }

    /// Each operation in docs/openapi/<service>.yaml exists on the running service: the API
    /// operations answer 401 without a token (not 404), the health and metrics endpoints 200.
    func everyDocumentedOperationIsServed(_ system: RunningSystem) async throws {
        for service in ["intake", "application-status", "notification"] {
            let operations = try OpenAPIOperations.read(service: service)
            #expect(operations.contains { $0.path.hasPrefix("/v1/") } || service == "notification", "\(service): no API operations read")
            let client = system.client(service)
            for operation in operations {
                let path = operation.concrete(UUID().uuidString.lowercased())
                let reply = try await client.send(operation.method.uppercased(), path, token: nil,
                                                  body: operation.method == "get" ? nil : Data("{}".utf8), headers: [:])
                let expected = operation.path.hasPrefix("/v1/") ? 401 : 200
                #expect(reply.status == expected, "\(service) \(operation): \(reply.status)")
            }
        }
    }
}
