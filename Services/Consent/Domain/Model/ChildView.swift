import Foundation

/// The child's own view of the consent (*barnets stemme*), recorded beside it — never instead of
/// the grantors' answers. How much it weighs follows ``ChildViewRule``.
///
/// ``note`` is free text: it stays in the consent service's database, never in an event, and is
/// never shown to the guardians by this module (what a child says about their family can harm them).
public struct ChildView: Codable, Hashable, Sendable {
    /// The child's stance, as a code.
    public enum Stance: String, Codable, Sendable, CaseIterable {
        case agrees
        case disagrees
        /// Agrees with some of it.
        case mixed
        /// The child did not want to say, or could not be asked.
        case notExpressed = "not-expressed"
    }

    public var stance: Stance
    /// The child's own words or the caseworker's summary (free text, service database only).
    public var note: String?
    /// The employee who recorded it (id, not name).
    public var recordedBy: String
    public var recordedAt: Date

    public init(stance: Stance, note: String? = nil, recordedBy: String, recordedAt: Date) {
        self.stance = stance
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
