import InngangService

// The klage service. In this stage it is the shared bootstrap only: configuration, migrations,
// the outbox relay, /healthz, /readyz, /metrics and graceful shutdown. Its domain follows.
await ServiceRunner.main(ServiceDefinition(
    name: "klage",
    defaultPort: 8085,
    defaultDatabase: "inngang_klage"
))
