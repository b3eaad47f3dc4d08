import ArgumentParser

/// `inngang-bench`: the Inngang side of `make bench`.
///
/// Each subcommand performs one measurement in a fresh PostgreSQL database or on fresh Kafka
/// topics, logs progress to standard error and prints exactly one JSON object (a ``Measurement``)
/// on standard output. `bench/run_bench.py` runs these next to the reference tools (PgQueuer,
/// pgbench, kcat), alternating rounds, and writes the summary.
@main
struct InngangBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inngang-bench",
        abstract: "Benchmarks of Inngang's job queue, Kafka producer and outbox relay.",
        subcommands: [
            JobsDrainCommand.self,
            JobsSteadyCommand.self,
            RawSQLDrainCommand.self,
            PgbenchScriptCommand.self,
            CreateTopicCommand.self,
            ProduceCommand.self,
            OutboxCommand.self,
        ]
    )
}
