/// Exponential backoff with jitter for failed attempts. Pure: no clock, no I/O.
///
/// After attempt `n` (1-based) fails, the nominal delay is `min(baseDelay · 2^(n−1), maxDelay)`;
/// the delay used is the nominal one scaled by a uniform factor in `[1 − jitter, 1 + jitter]`, so
/// workers that failed together do not retry together.
public struct RetryPolicy: Sendable, Hashable {
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// Fraction of the nominal delay to spread by, clamped to `0...1`.
    public var jitter: Double

    public init(baseDelay: Duration = .seconds(2), maxDelay: Duration = .seconds(3600), jitter: Double = 0.2) {
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = jitter
    }

    /// The delay before the next attempt, without jitter. Attempts below 1 count as 1.
    public func nominalDelay(forAttempt attempt: Int) -> Duration {
        let base = max(0, baseDelay.seconds)
        let cap = max(0, maxDelay.seconds)
        let exponent = Double(min(max(attempt, 1) - 1, 1023))
        return .seconds(min(base * Double.pow2(exponent), cap))
    }

    /// The delay before the next attempt after attempt `attempt` failed, jitter included.
    public func delay(forAttempt attempt: Int, random: inout some RandomNumberGenerator) -> Duration {
        let nominal = nominalDelay(forAttempt: attempt).seconds
        let spread = min(max(jitter.isNaN ? 0 : jitter, 0), 1)
        guard spread > 0, nominal > 0 else { return .seconds(nominal) }
        let factor = Double.random(in: (1 - spread)...(1 + spread), using: &random)
        return .seconds(nominal * factor)
    }

    /// ``delay(forAttempt:random:)`` with the system's random number generator.
    public func delay(forAttempt attempt: Int) -> Duration {
        var generator = SystemRandomNumberGenerator()
        return delay(forAttempt: attempt, random: &generator)
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

private extension Double {
    /// 2^exponent without Foundation; `exponent` is a whole number in `0...1023`.
    static func pow2(_ exponent: Double) -> Double {
        Double(sign: .plus, exponent: Int(exponent), significand: 1)
    }
}
