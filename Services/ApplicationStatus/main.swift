import InngangService

// The application-status service: configuration, migrations, the outbox relay, /healthz,
// /readyz, /metrics and graceful shutdown from the shared bootstrap; its own tables, the case
// event consumer and the /v1/cases API from `ApplicationStatusService`.
await ServiceRunner.main(ApplicationStatusService.definition)
