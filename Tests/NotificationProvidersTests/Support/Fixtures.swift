import Foundation
import InngangModels
import Logging
import NotificationProviders
import Testing

let testLogger: Logger = {
    var logger = Logger(label: "notification-providers-tests")
    logger.logLevel = .debug
    return logger
}()

/// A message as the notification service would hand it over.
func makeNotification(
    channel: Channel, to address: String, language: Language = .nb, subject: String? = nil,
    body: String = "Du har en ny melding. Logg inn for å lese den.", purpose: NotificationPurpose = .receipt
) -> OutgoingNotification {
    OutgoingNotification(
        id: NotificationID(), channel: channel, recipientAddress: address, language: language,
        subject: channel == .email ? (subject ?? "Ny melding") : nil, body: body, purpose: purpose,
        sourceEventID: "evt-\(UUID().uuidString.lowercased())", caseID: CaseID())
}

/// Runs `body` and returns the `ProviderError` it throws; records an issue when it throws nothing
/// or something else.
func providerError(_ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> ProviderError? {
    do {
        try await body()
        Issue.record("expected a ProviderError, got success", sourceLocation: sourceLocation)
        return nil
    } catch let error as ProviderError {
        return error
    } catch {
        Issue.record("expected a ProviderError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
