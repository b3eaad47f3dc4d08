import InngangModels

/// **Channel fallback rule** (domain.md: "Preferred channel with fallback … when a family
/// cannot be reached, the coordinator gets a task instead of silence").
///
/// The recipient's preferred channel when the contact register has a usable address for it
/// and it is allowed; otherwise the other channel; otherwise unreachable, reason
/// `no-contact-address` (or `digital-contact-reserved` when the person reserved against
/// digital contact in KRR), which becomes `NotificationFailedV1` and a coordinator task
/// (``NotificationFailure``).
public enum ChannelChoice {
    public enum Decision: Sendable, Hashable {
        case use(Channel, address: String, isFallback: Bool)
        case unreachable(FailureReason)
    }

    /// - Parameter allowed: channels the other rules permit (``RecipientSafety``, quiet hours).
    public static func choose(preferred: Channel, addresses: ContactAddresses, allowed: Set<Channel> = Set(Channel.allCases)) -> Decision {
        if addresses.reservedAgainstDigitalContact { return .unreachable(.digitalContactReserved) }
        let order = [preferred] + Channel.allCases.filter { $0 != preferred }
        for channel in order where allowed.contains(channel) {
            if let address = addresses.address(for: channel) {
                return .use(channel, address: address, isFallback: channel != preferred)
            }
        }
        return .unreachable(.noContactAddress)
    }
}
