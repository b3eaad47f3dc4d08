import Foundation
import InngangModels
import NIOCore
import NIOPosix
import NotificationProviders
import Testing

/// Failures that need no SMTP server: a silent peer, no listener, bad input.
@Suite("SMTP provider failure modes")
struct SMTPProviderFailureTests {
    private func provider(port: Int, commandTimeout: TimeAmount = .seconds(10), credentials: SMTPConfiguration.Credentials? = nil,
                          host: String = "127.0.0.1") -> SMTPProvider {
        SMTPProvider(configuration: SMTPConfiguration(
            host: host, port: port, fromAddress: "varsel@inngang.kommune.no", credentials: credentials,
            timeouts: .init(connect: .seconds(5), command: commandTimeout, dataTermination: commandTimeout)), logger: testLogger)
    }

    @Test("a server that accepts but never greets times out, retriably, within the command timeout")
    func silentServerTimesOut() async throws {
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 8)
            .bind(host: "127.0.0.1", port: 0).get()
        defer { silent.close(promise: nil) }
        let port = try #require(silent.localAddress?.port)
        let started = ContinuousClock.now

        let error = await providerError {
            _ = try await provider(port: port, commandTimeout: .milliseconds(500))
                .send(makeNotification(channel: .email, to: "forelder@example.no"))
        }

        #expect(error?.code == .timeout)
        #expect(error?.isRetriable == true)
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test("no server listening is unavailable and retriable")
    func refusedConnectionIsUnavailable() async throws {
        let probe = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(probe.localAddress?.port)
        try await probe.close()

        let error = await providerError {
            _ = try await provider(port: port).send(makeNotification(channel: .email, to: "forelder@example.no"))
        }

        #expect(error?.code == .unavailable)
        #expect(error?.isRetriable == true)
    }

    @Test("a malformed address or a header-injection attempt is an invalid address, without connecting",
          arguments: ["ikke en adresse", "forelder@", "@example.no", "a@b@example.no", "x@example.no\r\nBcc: y@example.no", "blåbær@example.no"])
    func malformedAddressIsInvalid(address: String) async throws {
        // Port 9 (discard) is never contacted: validation fails first.
        let error = await providerError { _ = try await provider(port: 9).send(makeNotification(channel: .email, to: address)) }

        #expect(error?.code == .invalidAddress)
        #expect(error?.isRetriable == false)
        #expect(error?.message.contains(address) == false)
    }

    @Test("credentials are never sent in plain text to a host that is not loopback")
    func refusesPlaintextCredentialsOverNetwork() async throws {
        let error = await providerError {
            _ = try await provider(port: 25, credentials: .init(username: "u", password: "p"), host: "smtp.example.no")
                .send(makeNotification(channel: .email, to: "forelder@example.no"))
        }
        #expect(error?.code == .rejected)
    }

    @Test("an SMS message given to the e-mail provider is rejected")
    func wrongChannelIsRejected() async throws {
        let error = await providerError { _ = try await provider(port: 9).send(makeNotification(channel: .sms, to: "+4791234567")) }
        #expect(error?.code == .rejected)
    }
}
