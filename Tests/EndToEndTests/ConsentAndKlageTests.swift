import Foundation
import InngangModels
import IntakeDomain
import Testing

/// Issue 4 across all five executables: consent is requested, both guardians give, the check
/// allows, one withdraws, the check denies; a refusal is appealed in time, forwarded by the
/// municipality and decided by the klageinstans — visible on the family's timeline and in the
/// notifications sink.
@Suite(.serialized, .timeLimit(.minutes(10)))
struct ConsentAndKlageTests {
    typealias Family = DevelopmentFamilies.TwoGuardians

    @Test func consentIsCheckedAndWithdrawnAndARefusalIsAppealedForwardedAndDecided() async throws {
        let system = try await RunningSystem.start(["intake", "consent", "application-status", "notification", "klage"])
        defer { Task { await system.dropDatabases() } }
        do {
            try await consentJourney(system)
            try await klageJourney(system)
            try await everyDocumentedOperationIsServed(system)
        } catch {
            var output = ""
            for name in ["intake", "consent", "application-status", "notification", "klage"] {
                output += "--- \(name)\n\(system.output(name).suffix(2500))\n"
            }
            Issue.record("journey failed: \(error)\n\(output)")
        }
        let statuses = await system.stop()
        for (name, status) in statuses { #expect(status == 0, "\(name) did not stop cleanly on SIGTERM") }
    }

    func tokens() throws -> (a: String, b: String, stranger: String, coordinator: String, helse: String, ppt: String) {
        (try RunningSystem.token(["citizen", "--pid", Family.guardianA]),
         try RunningSystem.token(["citizen", "--pid", Family.guardianB]),
         try RunningSystem.token(["citizen", "--pid", DevelopmentFamilies.SingleGuardian.guardian]),
         try RunningSystem.token(["employee", "--sub", "e2e-los", "--service", "familielos", "--role", "coordinator"]),
         try RunningSystem.token(["employee", "--sub", "e2e-hs", "--service", "helsestasjon", "--role", "caseworker"]),
         try RunningSystem.token(["employee", "--sub", "e2e-ppt", "--service", "ppt", "--role", "caseworker", "--role", "underinstans"]))
    }

    func consentJourney(_ system: RunningSystem) async throws {
        let t = try tokens()
        let validUntil = LocalDate.today().adding(days: 180)
        let request = """
            {"child":"\(Family.child)","sharingServices":["helsestasjon"],"receivingServices":["ppt","skole"],
             "categories":["health","special-education"],"purpose":"coordination","validUntil":"\(validUntil)",
             "exceptions":[{"kind":"recipient","to":"skole"}]}
            """
        // A referral from the health centre to PPT (speech and language → special-education
        // information) is refused while no consent or legal basis covers it.
        let referral = """
            {"child":"\(Family.child)","needs":{"categories":["speech-language"],"description":"Henvisning fra helsestasjonen."},
             "childView":{"mode":"with-help","text":"Vil gjerne snakke bedre."},"language":"nb",
             "contact":{"preferredChannel":"sms","language":"nb"}}
            """
        let uncovered = try await system.intake.post("/v1/referrals", token: t.helse, json: referral, headers: ["Idempotency-Key": UUID().uuidString])
        #expect(uncovered.status == 403, "referral without consent: \(uncovered.status) \(uncovered.text)")

        let withoutKey = try await system.consent.post("/v1/consents", token: t.coordinator, json: request, idempotencyKey: false)
        #expect(withoutKey.status == 400, "a consent request without Idempotency-Key: \(withoutKey.status)")
        let created = try await system.consent.post("/v1/consents", token: t.coordinator, json: request)
        try #require(created.status == 201, "request consent: \(created.status) \(created.text)")
        let consentID = try #require(created.json["consentID"].string)
        #expect(!created.text.contains(Family.guardianA), "an employee's answer must not carry national identity numbers")

        // Each guardian sees the request in plain language; a stranger does not.
        let mine = try await system.consent.get("/v1/consents", token: t.a)
        #expect(mine.json["consents"].array.contains { $0["consentID"].string == consentID })
        let text = try await system.consent.get("/v1/consents/\(consentID)?lang=nb", token: t.b)
        #expect(text.status == 200)
        #expect(text.json["text"].string?.isEmpty == false)
        #expect(try await system.consent.get("/v1/consents/\(consentID)", token: t.stranger).status == 404)

        // Both guardians are told there is a request waiting (before anyone answers: a request
        // already answered is moot and not sent).
        let asked = try await eventually(within: .seconds(60)) { () -> Int? in
            let count = system.sentMessages().filter { $0["purpose"].string == "consent-requested" }.count
            return count >= 2 ? count : nil
        }
        #expect(asked == 2, "consent-requested messages: \(asked ?? 0)")

        let check = #"{"child":"\#(Family.child)","to":"ppt","category":"health","purpose":"coordination"}"#
        let excluded = #"{"child":"\#(Family.child)","to":"skole","category":"health","purpose":"coordination"}"#

        // One guardian has given: not valid yet.
        let first = try await system.consent.post("/v1/consents/\(consentID)/answer", token: t.a, json: #"{"answer":"give"}"#)
        #expect(first.status == 200)
        #expect(first.json["status"].string != "given")
        #expect(try await system.consent.post("/v1/consent-checks", token: t.helse, json: check).json["decision"].string == "deny")

        // Both have given: the check allows with the consent id; the exception still denies.
        let second = try await system.consent.post("/v1/consents/\(consentID)/answer", token: t.b, json: #"{"answer":"give"}"#)
        #expect(second.json["status"].string == "given")
        let allowed = try await system.consent.post("/v1/consent-checks", token: t.helse, json: check)
        #expect(allowed.json["decision"].string == "allow", "check: \(allowed.text)")
        #expect(allowed.json["consentID"].string == consentID)
        #expect(try await system.consent.post("/v1/consent-checks", token: t.helse, json: excluded).json["decision"].string == "deny")

        // Now the consent covers the referral: intake accepts it as a case of kind referral.
        let covered = try await system.intake.post("/v1/referrals", token: t.helse, json: referral, headers: ["Idempotency-Key": UUID().uuidString])
        #expect(covered.status == 201, "covered referral: \(covered.status) \(covered.text)")
        #expect(covered.json["services"].array.compactMap(\.string) == ["ppt"])

        // One withdraws: at once, the check denies.
        let withdrawn = try await system.consent.post("/v1/consents/\(consentID)/withdraw", token: t.b, json: "{}")
        #expect(withdrawn.json["status"].string == "withdrawn")
        let denied = try await system.consent.post("/v1/consent-checks", token: t.helse, json: check)
        #expect(denied.json["decision"].string == "deny")
        #expect(denied.json["reason"].string?.isEmpty == false)
        let afterWithdrawal = try await system.intake.post("/v1/referrals", token: t.helse, json: referral, headers: ["Idempotency-Key": UUID().uuidString])
        #expect(afterWithdrawal.status == 403, "referral after withdrawal: \(afterWithdrawal.status)")
        let receipt = try await system.consent.get("/v1/consents/\(consentID)/receipt?lang=en", token: t.a)
        #expect(receipt.status == 200)
        #expect(receipt.json["text"].string?.isEmpty == false)

        // A second request that one guardian refuses never allows.
        let again = try await system.consent.post("/v1/consents", token: t.coordinator, json: request)
        let refusedID = try #require(again.json["consentID"].string)
        #expect(try await system.consent.post("/v1/consents/\(refusedID)/answer", token: t.a, json: #"{"answer":"refuse"}"#).json["status"].string == "refused")
        _ = try await system.consent.post("/v1/consents/\(refusedID)/answer", token: t.b, json: #"{"answer":"give"}"#)
        #expect(try await system.consent.post("/v1/consent-checks", token: t.helse, json: check).json["decision"].string == "deny")

        // The withdrawal is confirmed to both grantors.
        let sent = try await eventually(within: .seconds(90)) { () -> [JSONValue]? in
            let messages = system.sentMessages()
            return messages.filter({ $0["purpose"].string == "consent-withdrawn" }).count >= 2 ? messages : nil
        }
        try #require(sent != nil, "consent notifications missing: \(system.sentMessages().map { $0["purpose"].string ?? "?" })")
    }

    func klageJourney(_ system: RunningSystem) async throws {
        let t = try tokens()
        let application = JourneyTests.application
        let submitted = try await system.intake.post("/v1/applications", token: t.a, json: application,
                                                     headers: ["Idempotency-Key": UUID().uuidString])
        try #require(submitted.status == 201, "submit: \(submitted.text)")
        let caseID = try #require(submitted.json["caseID"].string)
        let routed = try await eventually(within: .seconds(60)) { () -> Bool? in
            try await system.status.get("/v1/cases/\(caseID)", token: t.ppt).status == 200 ? true : nil
        }
        try #require(routed == true, "the case never reached application-status")

        let decision = try await system.status.post("/v1/cases/\(caseID)/reports/decision", token: t.ppt,
                                                    json: #"{"outcome":"refused","decisionDate":"\#(LocalDate.today())"}"#)
        try #require(decision.status == 201, "decision: \(decision.text)")
        let decisionID = try #require(decision.json["decisionID"].string)

        // The appeal deadline counts from the delivery of the decision notice.
        let view = try await eventually(within: .seconds(60)) { () -> JSONValue? in
            let reply = try await system.status.get("/v1/cases/\(caseID)", token: t.a)
            return reply.json["appeals"][0]["deadlineBasis"].string == "delivery-time" ? reply.json : nil
        }
        let deadline = try #require(view?["appeals"][0]["deadline"].string)

        // Klage knows the decision and its delivery only from events: poll until it accepts.
        let body = #"{"caseID":"\#(caseID)","decisionID":"\#(decisionID)","changeWanted":"Vi ønsker at søknaden innvilges.","reasons":"Barnet trenger støtten nå."}"#
        #expect(try await system.klage.post("/v1/appeals", token: t.stranger, json: body).status == 404)
        let filed = try await eventually(within: .seconds(60)) { () -> JSONClient.Reply? in
            let reply = try await system.klage.post("/v1/appeals", token: t.a, json: body, headers: ["Idempotency-Key": "appeal-\(caseID)"])
            return reply.status == 201 && reply.json["deadline"]["basis"].string == "delivery-time" ? reply : nil
        }
        let appeal = try #require(filed, "the appeal was not accepted with the deadline from delivery")
        let appealID = try #require(appeal.json["appealID"].string)
        #expect(appeal.json["timeliness"].string == "in-time")
        #expect(appeal.json["deadline"]["lastDay"].string == deadline, "klage and application-status count the same deadline")

        let forwarded = try await system.klage.post("/v1/appeals/\(appealID)/underinstans", token: t.ppt,
                                                    json: #"{"action":"forward","statement":"Kommunen opprettholder vedtaket."}"#)
        #expect(forwarded.status == 200, "forward: \(forwarded.text)")
        #expect(try await system.klage.post("/v1/appeals/\(appealID)/underinstans", token: t.ppt,
                                            json: #"{"action":"reverse","extent":"full"}"#).status == 409, "a forwarded appeal cannot be reversed")
        let decided = try await system.klage.post("/v1/appeals/\(appealID)/klageinstans-outcome", token: t.ppt, json: #"{"outcome":"upheld"}"#)
        #expect(decided.status == 200, "outcome: \(decided.text)")

        // The family's timeline shows every step.
        let steps = try await eventually(within: .seconds(60)) { () -> [String]? in
            let reply = try await system.status.get("/v1/cases/\(caseID)?lang=en", token: t.b)
            let kinds = reply.json["history"].array.compactMap { $0["kind"].string }
            return kinds.filter { $0.hasPrefix("appeal") }.count >= 3 ? kinds : nil
        }
        try #require(steps != nil, "appeal steps missing from the timeline")

        // And the notifications: received, forwarded, decided — to both guardians.
        let messages = try await eventually(within: .seconds(90)) { () -> [JSONValue]? in
            let sent = system.sentMessages().filter { $0["caseId"].string == caseID }
            let purposes = Dictionary(grouping: sent, by: { $0["purpose"].string ?? "?" }).mapValues(\.count)
            return ["appeal-received", "appeal-forwarded", "appeal-decided"].allSatisfy({ purposes[$0] ?? 0 >= 2 }) ? sent : nil
        }
        try #require(messages != nil, "appeal notifications missing: \(system.sentMessages().filter { $0["caseId"].string == caseID }.map { $0["purpose"].string ?? "?" })")
        let keys = system.sentMessages().map { "\($0["eventId"].string ?? "")|\($0["recipient"].string ?? "")|\($0["purpose"].string ?? "")" }
        #expect(Set(keys).count == keys.count, "a message was sent twice")
    }

    func everyDocumentedOperationIsServed(_ system: RunningSystem) async throws {
        for service in ["consent", "klage"] {
            for operation in try OpenAPIOperations.read(service: service) {
                let reply = try await system.client(service).send(operation.method.uppercased(), operation.concrete(UUID().uuidString.lowercased()),
                                                                  token: nil, body: operation.method == "get" ? nil : Data("{}".utf8), headers: [:])
                #expect(reply.status == (operation.path.hasPrefix("/v1/") ? 401 : 200), "\(service) \(operation): \(reply.status)")
            }
        }
    }
}
