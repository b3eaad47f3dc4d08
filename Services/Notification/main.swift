import InngangService

// The notification service: the shared bootstrap (configuration, migrations, outbox relay,
// /healthz, /readyz, /metrics, graceful shutdown) plus its consumer, job worker and employee API
// (see NotificationService).
await ServiceRunner.main(NotificationService.definition)
