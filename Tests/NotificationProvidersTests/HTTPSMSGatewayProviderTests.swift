import Foundation
import InngangModels
import NIOCore
import NotificationProviders
import Testing

/// The SMS gateway client against a local stand-in for the gateway's documented contract.
@Suite("HTTP SMS gateway provider against the documented contract")
struct HTTPSMSGatewayProviderTests {
    static let number = "+4791234567"
    static let text = "Du har fått en ny melding. Logg inn på Min side for å lese den."

    private func provider(_ gateway: TestSMSGateway, scenario: String, apiKey: String = TestSMSGateway.apiKey,
                          timeout: TimeAmount = .seconds(10)) -> HTTPSMSGatewayProvider {
        HTTPSMSGatewayProvider(
            configuration: HTTPSMSGatewayConfiguration(baseURL: gateway.baseURL(scenario: scenario), apiKey: apiKey, timeout: timeout),
            logger: testLogger)
    }

    @Test("202 accepted: the request is POST {baseURL}/messages with the bearer key and the JSON body; the receipt carries the gateway id")
    func acceptedMessageFollowsTheContract() async throws {
        let gateway = try await TestSMSGateway()
        defer { gateway.stop() }
        let message = makeNotification(channel: .sms, to: Self.number, body: Self.text)

        let receipt = try await provider(gateway, scenario: "ok").send(message)

        #expect(receipt.providerMessageID == "gw-\(message.id)")
        #expect(abs(receipt.acceptedAt.timeIntervalSinceNow) < 60)
        let request = try #require(try gateway.requests().last, "gateway log:\n\(gateway.log)")
        #expect(request.method == "POST")
        #expect(request.path == "/ok/v1/messages")
        #expect(request.headers["authorization"] == "Bearer test-api-key")
        #expect(request.headers["content-type"] == "application/json")
        #expect(request.headers["idempotency-key"] == message.id.description)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: String])
        #expect(body == ["to": Self.number, "text": Self.text, "reference": message.id.description])
    }

    @Test("409 (already accepted under this reference) is a receipt, so a retry never sends twice")
    func duplicateReferenceIsAccepted() async throws {
        let gateway = try await TestSMSGateway()
        defer { gateway.stop() }
        let message = makeNotification(channel: .sms, to: Self.number)

        let receipt = try await provider(gateway, scenario: "duplicate").send(message)

        #expect(receipt.providerMessageID == "gw-\(message.id)")
    }

    @Test("a configured sender id is sent as `from`")
    func senderIDIsSentAsFrom() async throws {
        let gateway = try await TestSMSGateway()
        defer { gateway.stop() }
        let sms = HTTPSMSGatewayProvider(configuration: .init(baseURL: gateway.baseURL(scenario: "ok") + "/", apiKey: TestSMSGateway.apiKey,
                                                               senderID: "Kommunen"), logger: testLogger)

        _ = try await sms.send(makeNotification(channel: .sms, to: Self.number))

        let request = try #require(try gateway.requests().last)
        #expect(request.path == "/ok/v1/messages")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: String])
        #expect(body["from"] == "Kommunen")
    }

    @Test("400 invalid-recipient is an invalid address, not retriable, and the error carries neither number nor text")
    func invalidRecipientIsInvalidAddress() async throws {
        let gateway = try await TestSMSGateway()
        defer { gateway.stop() }

        let error = await providerError {
            _ = try await provider(gateway, scenario: "invalid").send(makeNotification(channel: .sms, to: Self.number, body: Self.text))
        }

        #expect(error?.code == .invalidAddress)
        #expect(error?.isRetriable == false)
        #expect(error?.peerStatus == 400)
        #expect(error.map { !$0.description.contains("91234567") && !$0.description.contains("Logg inn") } == true)
    }

    @Test("503 and 429 mean the gateway is unavailable for now: retriable", arguments: [("busy", 503), ("ratelimited", 429)])
    func overloadedGatewayIsRetriable(scenario: String, status: Int) async throws {
        let gateway = try await TestSMSGateway()
        defer { gateway.stop() }

        let error = await providerError { _ = try await provider(gateway, scenario: scenario).send(makeNotification(channel: .sms, to: Self.number)) }

        #expect(error?.code == .unavailable)
        #expect(error?.isRetriable == true)
        #expect(error?.peerStatus == status)
    }

    @Test("a wrong API key (401) is a permanent rejection")
    func wrongAPIKeyIsRejected() async throws {
        let gateway = try await TestSMSGateway()
        defer { gateway.stop() }

        let error = await providerError {
            _ = try await provider(gateway, scenario: "ok", apiKey: "wrong").send(makeNotification(channel: .sms, to: Self.number))
        }

        #expect(error?.code == .rejected)
        #expect(error?.isRetriable == false)
        #expect(error?.peerStatus == 401)
    }

    @Test("a gateway that never answers times out within the configured timeout, retriably")
    func hangingGatewayTimesOut() async throws {
        let gateway = try await TestSMSGateway()
        defer { gateway.stop() }
        let started = ContinuousClock.now

        let error = await providerError {
            _ = try await provider(gateway, scenario: "hang", timeout: .seconds(1)).send(makeNotification(channel: .sms, to: Self.number))
        }

        #expect(error?.code == .timeout)
        #expect(error?.isRetriable == true)
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(try gateway.requests().count == 1, "the request reached the gateway before it hung")
    }

    @Test("a number not in E.164 form is an invalid address and nothing is sent",
          arguments: ["91234567", "004791234567", "+47 912 34 567", "+0123456789", "+47"])
    func malformedNumberIsInvalidWithoutRequest(number: String) async throws {
        let gateway = try await TestSMSGateway()
        defer { gateway.stop() }

        let error = await providerError { _ = try await provider(gateway, scenario: "ok").send(makeNotification(channel: .sms, to: number)) }

        #expect(error?.code == .invalidAddress)
        #expect(try gateway.requests().isEmpty)
    }
}
