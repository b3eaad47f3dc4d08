import Logging

extension JobWorker {
    /// The worker's main loop. It never waits on the database for leases itself: the pump leases
    /// and reports back with an event, so the next batch is being leased while the current one runs.
    ///
    /// A lease for `batchSize` jobs is requested when none is in flight, a slot is free and no leased
    /// job waits for one; so a worker holds at most `concurrency + batchSize - 1` leased jobs.
    /// Runs on one task; all state below is local to it.
    func dispatch(
        events: AsyncStream<WorkerEvent>,
        eventSink: AsyncStream<WorkerEvent>.Continuation,
        pump: LeasePump
    ) async {
        let clock = ContinuousClock()
        var waiting: [LeasedJob] = []
        var running = 0
        var leasing = false
        var shuttingDown = false
        /// The last lease found fewer jobs than it asked for, and nothing happened since.
        var drained = false
        var lingerUntil = clock.now
        var leaseFailures = 0
        var retryLeaseAt: ContinuousClock.Instant?
        var timer = WakeTimer(sink: eventSink)
        var iterator = events.makeAsyncIterator()
        defer { timer.cancel() }

        await withDiscardingTaskGroup { tasks in
            while true {
                while running < concurrency, !shuttingDown, !waiting.isEmpty {
                    let job = waiting.removeFirst()
                    running += 1
                    tasks.addTask {
                        await self.execute(job, pump: pump)
                        eventSink.yield(.slotFreed)
                    }
                }
                if shuttingDown {
                    if !waiting.isEmpty {
                        await release(waiting)
                        waiting.removeAll()
                    }
                    if running == 0 && !leasing { return }
                }

                // A slot is free and no leased job waits for one: lease a batch.
                let wantsJobs = !shuttingDown && waiting.isEmpty && running < concurrency
                if wantsJobs, !leasing, !drained, retryLeaseAt.map({ clock.now >= $0 }) ?? true {
                    leasing = true
                    pump.requestLease(limit: batchSize)
                }

                // Idle with a free slot: a timer bounds the wait. Otherwise a lease or handler ends it.
                if wantsJobs, !leasing {
                    if let retryLeaseAt {
                        timer.schedule(after: retryLeaseAt - clock.now)
                    } else if clock.now < lingerUntil {
                        timer.schedule(after: Self.lingerPollInterval)
                    } else {
                        timer.schedule(after: await idleWait())
                    }
                }
                waitForEvent: while true {
                    guard let event = await iterator.next() else {
                        // Cancelled: handlers are cancelled with this task; leave at once.
                        if !waiting.isEmpty { await release(waiting) }
                        return
                    }
                    switch event {
                    case .leased(let requested, .success(let jobs)):
                        leasing = false
                        leaseFailures = 0
                        retryLeaseAt = nil
                        waiting.append(contentsOf: jobs)
                        drained = jobs.count < requested
                    case .leased(_, .failure(let error)):
                        leasing = false
                        leaseFailures += 1
                        let backoff = Duration.milliseconds(100) * (1 << min(leaseFailures, 6))
                        retryLeaseAt = clock.now + min(backoff, max(pollInterval, .milliseconds(100)))
                        logger.warning("leasing jobs failed", metadata: [
                            JobsLogKey.error: "\(Self.safeDescription(of: error))",
                            JobsLogKey.attempt: "\(leaseFailures)",
                        ])
                    case .timer(let generation):
                        guard timer.isCurrent(generation) else { continue waitForEvent }
                        drained = false
                    case .notified:
                        lingerUntil = clock.now + Self.lingerDuration
                        drained = false
                    case .slotFreed:
                        running -= 1
                        drained = false
                    case .shutdown:
                        if !shuttingDown {
                            logger.info("job worker shutting down", metadata: [JobsLogKey.count: "\(running)"])
                        }
                        shuttingDown = true
                    }
                    break waitForEvent
                }
                timer.cancel()
            }
        }
    }

    /// How long to sleep with an empty queue: until the next scheduled job is due, at most
    /// `pollInterval`.
    private func idleWait() async -> Duration {
        let floor: Duration = .milliseconds(20)
        guard let seconds = try? await queue.secondsUntilNextDue(queue: queueName) else { return pollInterval }
        // Due already but not leased: another worker is taking it right now; look again shortly.
        guard seconds > 0 else { return .milliseconds(50) }
        return max(floor, min(pollInterval, .seconds(seconds)))
    }

    /// Hands leased jobs that never started back to the queue (shutdown), so no one waits for
    /// their leases to expire.
    private func release(_ jobs: [LeasedJob]) async {
        do {
            let released = try await queue.release(jobs, worker: workerID)
            logger.info("released unstarted jobs", metadata: [JobsLogKey.count: "\(released)"])
        } catch {
            logger.warning("releasing unstarted jobs failed; they run again after their lease expires", metadata: [
                JobsLogKey.error: "\(Self.safeDescription(of: error))",
            ])
        }
    }
}

/// One pending timer whose firing is delivered as a `WorkerEvent.timer` with a generation number,
/// so a late firing of a replaced timer is recognised and ignored.
struct WakeTimer {
    private let sink: AsyncStream<WorkerEvent>.Continuation
    private var task: Task<Void, Never>?
    private var generation: UInt64 = 0

    init(sink: AsyncStream<WorkerEvent>.Continuation) {
        self.sink = sink
    }

    mutating func schedule(after delay: Duration) {
        task?.cancel()
        generation &+= 1
        let generation = generation
        task = Task { [sink] in
            guard (try? await Task.sleep(for: delay)) != nil else { return }
            sink.yield(.timer(generation))
        }
    }

    func isCurrent(_ generation: UInt64) -> Bool {
        task != nil && generation == self.generation
    }

    mutating func cancel() {
        task?.cancel()
        task = nil
    }
}
