import InngangService

// The notification service. In this stage it is the shared bootstrap only: configuration, migrations,
// the outbox relay, /healthz, /readyz, /metrics and graceful shutdown. Its domain follows.
await ServiceRunner.main(ServiceDefinition(
    name: "notification",
    defaultPort: 8083,
    defaultDatabase: "inngang_notification"
))
