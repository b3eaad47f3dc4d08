import Foundation
import InngangService

// The klage service (appeals, forvaltningsloven §§ 28–36, 11 a, 42): the shared bootstrap
// (configuration, migrations, outbox relay, /healthz, /readyz, /metrics, graceful shutdown) plus
// its projection of cases, decisions and decision-notice deliveries (one inbox consumer), the
// appeals API and the appeal events (see KlageService). Its own settings are read first, so a
// bad value stops the service at once with every problem listed.

let settings: KlageSettings
do { settings = try KlageSettings.load(from: EnvironmentReader()) } catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
}

await ServiceRunner.main(KlageService.definition(settings: settings))
