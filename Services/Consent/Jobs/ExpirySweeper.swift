import ConsentDomain
import Foundation
import InngangModels
import InngangPostgres
import Logging
import ServiceLifecycle

/// Records lapsed consents as expired (``ConsentExpiry/dueExpiry(of:at:rules:)``) so the family
/// and the services are told (`consent.expired`). Never needed for a decision: a check after a
/// consent's last valid day denies whether or not this has run.
///
/// Every interval it takes consents not yet ended and not yet looked at today (Oslo), in locked
/// batches (`FOR UPDATE SKIP LOCKED`, so several replicas share the work), folds each, records an
/// expiry that is due, and marks it swept for the day — a lapse only ever begins at the start of
/// an Oslo day (the day after the last valid day, or a birthday), so once a day per consent is enough.
struct ExpirySweeper: Service {
    let pool: PostgresPool
    let ledger: ConsentLedger
    let interval: Duration
    let logger: Logger
    static let batchSize = 100

    func run() async throws {
        logger.info("consent expiry sweeper started", metadata: ["interval": "\(interval)"])
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let expired = try await sweep()
                    if expired > 0 { logger.info("consents expired", metadata: ["count": "\(expired)"]) }
                } catch {
                    logger.error("consent expiry sweep failed; retrying next round", metadata: ["error.type": "\(type(of: error))"])
                }
                do { try await Task.sleep(for: interval) } catch { return }
            }
        }
        logger.info("consent expiry sweeper stopped")
    }

    /// One full sweep; returns how many consents it recorded as expired.
    func sweep() async throws -> Int {
        var expired = 0
        while !Task.isCancelled {
            let now = ConsentLedger.now()
            let today = LocalDate(now, in: .oslo)
            let (looked, count) = try await pool.withTransaction { conn -> (Int, Int) in
                let ids = try await ConsentStore.dueForSweep(today: today, limit: Self.batchSize, on: conn)
                var count = 0
                for id in ids {
                    do {
                        if var consent = try await ledger.lock(id, on: conn),
                           try await ledger.settleExpiry(&consent, now: now, on: conn) {
                            count += 1
                        }
                    } catch let error as ConsentDomainError {
                        // A history that cannot be folded: leave it (checks deny on it) and say so.
                        logger.error("consent history cannot be folded", metadata: ["consent_id": "\(id)", "error.code": "\(error.code)"])
                    }
                    try await ConsentStore.markSwept(id, today: today, on: conn)
                }
                return (ids.count, count)
            }
            expired += count
            if looked < Self.batchSize { break }
        }
        return expired
    }
}
