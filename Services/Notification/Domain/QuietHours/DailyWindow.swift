/// A span of local wall-clock time within one day, half-open: `[startMinute, endMinute)`,
/// in minutes after midnight (08:00–20:00 is `480..<1200`).
///
/// A message may be *sent* at any instant inside the span; 20:00:00 itself is outside.
public struct DailyWindow: Sendable, Hashable, Codable, CustomStringConvertible {
    public let startMinute: Int
    public let endMinute: Int

    /// `nil` unless `0 ≤ start < end ≤ 1440`.
    public init?(startMinute: Int, endMinute: Int) {
        guard (0...1439).contains(startMinute), (1...1440).contains(endMinute), startMinute < endMinute else { return nil }
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    /// From whole hours and minutes, e.g. `DailyWindow(8, 0, 20, 0)`; traps on an invalid window
    /// (for constants in code).
    public init(_ startHour: Int, _ startMin: Int, _ endHour: Int, _ endMin: Int) {
        guard let w = DailyWindow(startMinute: startHour * 60 + startMin, endMinute: endHour * 60 + endMin) else {
            preconditionFailure("DailyWindow: invalid \(startHour):\(startMin)–\(endHour):\(endMin)")
        }
        self = w
    }

    /// The overlap of two windows, `nil` when they do not overlap.
    public func intersection(_ other: DailyWindow) -> DailyWindow? {
        DailyWindow(startMinute: max(startMinute, other.startMinute), endMinute: min(endMinute, other.endMinute))
    }

    /// Whether `other` lies entirely inside `self`.
    public func contains(_ other: DailyWindow) -> Bool {
        other.startMinute >= startMinute && other.endMinute <= endMinute
    }

    public var description: String {
        func hm(_ m: Int) -> String {
            let h = String(m / 60), mm = String(m % 60)
            return (h.count < 2 ? "0" + h : h) + ":" + (mm.count < 2 ? "0" + mm : mm)
        }
        return "\(hm(startMinute))–\(hm(endMinute))"
    }
}
