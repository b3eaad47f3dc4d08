import Logging

extension LoggingSystem {
    /// Bootstraps swift-log once per process with Inngang's handler for `format`.
    public static func bootstrapInngang(service: String, level: Logger.Level, format: LogFormat) {
        LoggingSystem.bootstrap { label in
            let name = label.hasPrefix("inngang") ? service : "\(service)/\(label)"
            return InngangLogHandler(label: name, level: level, format: format)
        }
    }
}
