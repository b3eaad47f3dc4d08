import InngangPostgres

extension Outbox {
    /// The outbox schema. Migration versions 8000–8099 are reserved for the outbox; add the
    /// migrations to the service's own list (`MigrationRunner.apply(serviceMigrations + Outbox.migrations, …)`).
    public static var migrations: [Migration] {
        [
            Migration(
                version: 8000,
                name: "inngang_outbox",
                sql: """
                    CREATE TABLE inngang_outbox (
                        id            bigserial PRIMARY KEY,
                        event_id      text        NOT NULL UNIQUE,
                        topic         text        NOT NULL,
                        partition_key text        NOT NULL,
                        ce_type       text        NOT NULL,
                        ce_source     text        NOT NULL,
                        ce_subject    text,
                        ce_time       timestamptz NOT NULL,
                        content_type  text        NOT NULL,
                        data          bytea       NOT NULL,
                        created_at    timestamptz NOT NULL DEFAULT now(),
                        published_at  timestamptz
                    );
                    CREATE INDEX inngang_outbox_unpublished_idx ON inngang_outbox (id) WHERE published_at IS NULL;
                    CREATE INDEX inngang_outbox_created_at_idx ON inngang_outbox (created_at);
                    -- Every row is updated once (published_at): vacuum and analyse early so the
                    -- partial index stays small and the planner's statistics stay current.
                    ALTER TABLE inngang_outbox SET (
                        autovacuum_vacuum_scale_factor = 0.02,
                        autovacuum_analyze_scale_factor = 0.02
                    );
                    """
            ),
            Migration(
                version: 8001,
                name: "inngang_outbox_notify",
                sql: """
                    CREATE FUNCTION inngang_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        PERFORM pg_notify('inngang_outbox', '');
                        RETURN NULL;
                    END;
                    $$;
                    CREATE TRIGGER inngang_outbox_notify
                        AFTER INSERT ON inngang_outbox
                        FOR EACH STATEMENT EXECUTE FUNCTION inngang_outbox_notify();
                    """
            ),
        ]
    }
}
