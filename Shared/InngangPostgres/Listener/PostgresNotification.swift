/// A `NOTIFY` received by a `PostgresListener`.
public struct PostgresNotification: Sendable, Equatable {
    public var channel: String
    public var payload: String
    /// True for the synthetic notification delivered once per channel after the listener
    /// reconnected: notifications sent while it was disconnected are lost, so consumers should
    /// re-check whatever they were waiting for.
    public var isReconnect: Bool

    public init(channel: String, payload: String, isReconnect: Bool = false) {
        self.channel = channel
        self.payload = payload
        self.isReconnect = isReconnect
    }
}
