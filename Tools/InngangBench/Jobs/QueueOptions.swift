import ArgumentParser

/// Command-line form of ``QueueSettings``.
struct QueueOptions: ParsableArguments {
    @Option(help: "Workers (each leases on its own).")
    var workers = 4

    @Option(help: "Database connections shared by the workers (Inngang's pool size; pgbench clients).")
    var connections = 4

    @Option(help: "Jobs per lease.")
    var batchSize = 16

    @Option(help: "Handlers one Inngang worker runs at once.")
    var handlerConcurrency = 4

    var settings: QueueSettings {
        QueueSettings(workers: workers, connections: connections, batchSize: batchSize, handlerConcurrency: handlerConcurrency)
    }
}
