import InngangPostgres

extension JobQueue {
    /// Migration versions reserved for the job queue: `9000..<9100`. Services number their own
    /// migrations below 9000 and append ``migrations`` to their list, so both share one
    /// `MigrationRunner` history table without clashing.
    public static let reservedMigrationVersions = 9000..<9100

    /// The queue's schema. Append to the service's own migrations:
    /// `MigrationRunner.apply(serviceMigrations + JobQueue.migrations, pool: pool, logger: logger)`.
    public static var migrations: [Migration] {
        [Migration(version: 9000, name: "inngang_jobs", sql: JobSchema.v9000)]
    }
}

/// The SQL of the queue's migrations. Never edit a released migration; add a new one.
enum JobSchema {
    /// Table, indexes, and the wake-up trigger.
    ///
    /// - `inngang_jobs_ready` is the only index the lease query needs: partial on `state = 'queued'`,
    ///   in lease order `(queue, run_at, id)`, so it holds just the backlog.
    /// - `inngang_jobs_leases` finds expired leases without scanning the table.
    /// - `inngang_jobs_unique_key` enforces one queued-or-running job per key and is the arbiter of
    ///   `ON CONFLICT DO NOTHING`; jobs without a key add no entry to it.
    ///
    /// Wake-ups: `NOTIFY` makes every committing transaction that used it take one cluster-wide lock
    /// until its commit record is flushed, which serialises such commits (measured: 8 concurrent
    /// single-job enqueuers drop from about 3,000 to about 470 commits/s). So the trigger sends at
    /// most one notification per queue every 100 ms: it runs deferred, just before the enqueuing
    /// transaction commits, and skips the `NOTIFY` when another transaction notified this queue
    /// less than 100 ms earlier. A worker that gets a notification keeps polling briefly (longer
    /// than that window, see `JobWorker`), so a job whose notification was skipped is still picked up
    /// promptly. Jobs due later than now send nothing; idle workers poll for them.
    static let v9000 = """
        CREATE TYPE inngang_job_state AS ENUM ('queued', 'running', 'dead', 'cancelled');

        CREATE TABLE inngang_jobs (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            queue            text NOT NULL DEFAULT 'default',
            kind             text NOT NULL,
            payload          json NOT NULL,
            state            inngang_job_state NOT NULL DEFAULT 'queued',
            attempt          integer NOT NULL DEFAULT 0,
            max_attempts     integer NOT NULL DEFAULT 8 CHECK (max_attempts >= 1),
            run_at           timestamptz NOT NULL DEFAULT now(),
            unique_key       text,
            leased_by        text,
            lease_expires_at timestamptz,
            last_error       text,
            created_at       timestamptz NOT NULL DEFAULT now(),
            finished_at      timestamptz
        );

        CREATE INDEX inngang_jobs_ready ON inngang_jobs (queue, run_at, id) WHERE state = 'queued';
        CREATE INDEX inngang_jobs_leases ON inngang_jobs (lease_expires_at) WHERE state = 'running';
        CREATE UNIQUE INDEX inngang_jobs_unique_key ON inngang_jobs (unique_key)
            WHERE unique_key IS NOT NULL AND state IN ('queued', 'running');
        CREATE INDEX inngang_jobs_finished ON inngang_jobs (finished_at) WHERE state IN ('dead', 'cancelled');

        -- One row per queue: when it was last notified. Unlogged: losing it in a crash only costs
        -- one extra notification.
        CREATE UNLOGGED TABLE inngang_job_wakeups (
            queue       text PRIMARY KEY,
            notified_at timestamptz NOT NULL
        );

        CREATE FUNCTION inngang_jobs_wake() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- Once per queue per transaction; nothing for jobs due later.
            IF NEW.state <> 'queued' OR NEW.run_at > clock_timestamp()
               OR current_setting('inngang.jobs_woken', true) IS NOT DISTINCT FROM NEW.queue THEN
                RETURN NULL;
            END IF;
            PERFORM set_config('inngang.jobs_woken', NEW.queue, true);
            -- Only rows older than the window are updated (and locked): concurrent enqueuers within
            -- the window read the fresh timestamp without waiting.
            UPDATE inngang_job_wakeups SET notified_at = clock_timestamp()
             WHERE queue = NEW.queue AND notified_at < clock_timestamp() - interval '100 milliseconds';
            IF NOT FOUND THEN
                IF EXISTS (SELECT 1 FROM inngang_job_wakeups WHERE queue = NEW.queue) THEN
                    RETURN NULL;
                END IF;
                INSERT INTO inngang_job_wakeups (queue, notified_at) VALUES (NEW.queue, clock_timestamp())
                    ON CONFLICT (queue) DO NOTHING;
                IF NOT FOUND THEN
                    RETURN NULL;
                END IF;
            END IF;
            PERFORM pg_notify('inngang_jobs', NEW.queue);
            RETURN NULL;
        END
        $$;

        CREATE CONSTRAINT TRIGGER inngang_jobs_wake AFTER INSERT ON inngang_jobs
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION inngang_jobs_wake();
        """
}
