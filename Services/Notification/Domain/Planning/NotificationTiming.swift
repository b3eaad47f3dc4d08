import Foundation

/// When a planned message should go out, and whether lateness or earliness is the lesser harm
/// (drives the ``QuietHours`` rule).
public enum NotificationTiming: Sendable, Hashable, Codable {
    /// News: send at `notBefore` or later, as soon as the channel allows (outside the SMS
    /// window → the next window's start).
    case asSoonAsAllowed(notBefore: Date)
    /// A reminder that must arrive before something: aim for `nominal`; outside the SMS window
    /// move *earlier*; never send after `latest` (the last moment the reminder is still useful).
    case beforeDeadline(nominal: Date, latest: Date)

    /// The instant the rule aims for before any window is applied.
    public var nominal: Date {
        switch self {
        case .asSoonAsAllowed(let notBefore): notBefore
        case .beforeDeadline(let nominal, _): nominal
        }
    }

    /// The last useful instant, `nil` for news (which never expires).
    public var latest: Date? {
        switch self {
        case .asSoonAsAllowed: nil
        case .beforeDeadline(_, let latest): latest
        }
    }
}
