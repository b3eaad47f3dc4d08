import InngangService

// The application-status service. In this stage it is the shared bootstrap only: configuration, migrations,
// the outbox relay, /healthz, /readyz, /metrics and graceful shutdown. Its domain follows.
await ServiceRunner.main(ServiceDefinition(
    name: "application-status",
    defaultPort: 8084,
    defaultDatabase: "inngang_status"
))
