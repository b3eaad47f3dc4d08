/// Logger metadata keys used by the providers. Values are ids and codes, never personal data.
enum LoggingKeys {
    static let notificationID = "notification.id"
    static let channel = "notification.channel"
    static let purpose = "notification.purpose"
    static let stage = "provider.stage"
    static let peerStatus = "provider.peer_status"
    static let errorCode = "provider.error_code"
}
