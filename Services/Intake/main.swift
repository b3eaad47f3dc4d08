import InngangService

// The intake service. In this stage it is the shared bootstrap only: configuration, migrations,
// the outbox relay, /healthz, /readyz, /metrics and graceful shutdown. Its domain follows.
await ServiceRunner.main(ServiceDefinition(
    name: "intake",
    defaultPort: 8081,
    defaultDatabase: "inngang_intake"
))
