import InngangService

// The consent service. In this stage it is the shared bootstrap only: configuration, migrations,
// the outbox relay, /healthz, /readyz, /metrics and graceful shutdown. Its domain follows.
await ServiceRunner.main(ServiceDefinition(
    name: "consent",
    defaultPort: 8082,
    defaultDatabase: "inngang_consent"
))
