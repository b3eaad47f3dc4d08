import InngangJobs
import Testing

@Suite("RetryPolicy")
struct RetryPolicyTests {
    @Test func delayGrowsExponentiallyFromBaseDelay() {
        let policy = RetryPolicy(baseDelay: .seconds(2), maxDelay: .seconds(3600), jitter: 0)
        var random = SeededGenerator(seed: 1)
        let delays = (1...5).map { policy.delay(forAttempt: $0, random: &random) }
        #expect(delays == [.seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(32)])
    }

    @Test func delayIsCappedAtMaxDelayEvenForHugeAttemptNumbers() {
        let policy = RetryPolicy(baseDelay: .seconds(2), maxDelay: .seconds(60), jitter: 0)
        var random = SeededGenerator(seed: 2)
        #expect(policy.delay(forAttempt: 6, random: &random) == .seconds(60))  // 64 s capped
        #expect(policy.delay(forAttempt: 5_000, random: &random) == .seconds(60))
        #expect(policy.delay(forAttempt: .max, random: &random) == .seconds(60))
    }

    @Test func attemptsBelowOneCountAsTheFirst() {
        let policy = RetryPolicy(baseDelay: .seconds(3), jitter: 0)
        #expect(policy.nominalDelay(forAttempt: 0) == .seconds(3))
        #expect(policy.nominalDelay(forAttempt: -7) == .seconds(3))
    }

    @Test func jitterStaysWithinBoundsAndSpreadsDelays() {
        let policy = RetryPolicy(baseDelay: .seconds(10), maxDelay: .seconds(3600), jitter: 0.2)
        var random = SeededGenerator(seed: 42)
        for attempt in 1...8 {
            let nominal = policy.nominalDelay(forAttempt: attempt)
            let samples = (0..<500).map { _ in policy.delay(forAttempt: attempt, random: &random) }
            for sample in samples {
                #expect(sample >= nominal * 0.8 - .nanoseconds(1))
                #expect(sample <= nominal * 1.2 + .nanoseconds(1))
            }
            #expect(Set(samples).count > 400, "jitter spreads the delays")
            #expect(samples.contains { $0 < nominal * 0.9 } && samples.contains { $0 > nominal * 1.1 })
        }
    }

    @Test func jitterOutsideZeroToOneIsClamped() {
        var random = SeededGenerator(seed: 7)
        let none = RetryPolicy(baseDelay: .seconds(1), jitter: -3)
        #expect(none.delay(forAttempt: 3, random: &random) == .seconds(4))
        let full = RetryPolicy(baseDelay: .seconds(1), jitter: 5)
        for _ in 0..<200 {
            let delay = full.delay(forAttempt: 3, random: &random)
            #expect(delay >= .zero && delay <= .seconds(8))
        }
    }
}
