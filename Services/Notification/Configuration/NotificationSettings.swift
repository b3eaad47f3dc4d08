import Foundation
import InngangService
import NotificationDomain
import NotificationProviders

/// The notification service's own settings, read from the environment next to the shared
/// ``ServiceConfiguration``. Every problem is collected (``EnvironmentReader``) and reported at
/// once at start.
///
/// | variable | meaning | default |
/// |---|---|---|
/// | `INNGANG_NOTIFICATION_PROVIDER` | `file` (both channels to the file sink) or `smtp-sms` | `file` |
/// | `INNGANG_NOTIFICATION_SINK_FILE` | the file sink's path | `$INNGANG_ROOT/.local/notifications/sent.jsonl` (`INNGANG_ROOT` unset: the working directory) |
/// | `INNGANG_SMTP_HOST`, `INNGANG_SMTP_PORT` | mail relay (`smtp-sms`) | –, `25` |
/// | `INNGANG_SMTP_FROM`, `INNGANG_SMTP_FROM_NAME` | envelope sender / `From:` | required, none |
/// | `INNGANG_SMTP_USERNAME`, `INNGANG_SMTP_PASSWORD` | `AUTH PLAIN` (secret) | none |
/// | `INNGANG_SMTP_ALLOW_PLAINTEXT_AUTH` | allow AUTH over plain TCP to a non-loopback host | `false` |
/// | `INNGANG_SMS_GATEWAY_URL`, `INNGANG_SMS_GATEWAY_API_KEY` | SMS gateway API root and bearer key (secret) | required with `smtp-sms` |
/// | `INNGANG_SMS_SENDER_ID` | alphanumeric sender id | none |
/// | `INNGANG_POPULATION_REGISTER_FILE` | development families document (population register fake) | embedded |
/// | `INNGANG_CONTACT_REGISTER_FILE` | development contacts document (contact register fake) | embedded |
/// | `INNGANG_NOTIFICATION_JOB_LEASE_SECONDS` | job lease; also how long a claimed message counts as in flight | `15` (`file`), `180` (`smtp-sms`) |
/// | `INNGANG_NOTIFICATION_WORKERS` | messages handed over concurrently | `4` |
/// | `INNGANG_NOTIFICATION_SMS_WINDOW_WEEKDAY` | SMS daytime window Monday–Friday, `HH:MM-HH:MM` (Oslo) | `08:00-20:00` |
/// | `INNGANG_NOTIFICATION_SMS_WINDOW_WEEKEND` | Saturday and Sunday, or `closed` | `10:00-18:00` |
/// | `INNGANG_NOTIFICATION_SMS_WINDOW_HOLIDAY` | public holidays, or `closed` | `10:00-18:00` |
struct NotificationSettings: Sendable {
    enum ProviderKind: String, CaseIterable, Sendable {
        /// ``FileSinkProvider`` for both channels (the embedded default).
        case file
        /// ``SMTPProvider`` for e-mail and ``HTTPSMSGatewayProvider`` for SMS.
        case smtpSMS = "smtp-sms"
    }

    var provider: ProviderKind
    var sinkPath: String
    var smtp: SMTPConfiguration?
    var smsGateway: HTTPSMSGatewayConfiguration?
    var populationRegisterFile: String?
    var contactRegisterFile: String?
    var jobLease: Duration
    var workerConcurrency: Int
    /// The municipality's SMS daytime window (quiet-hours rule, ``SMSWindowPolicy``).
    var smsWindow: SMSWindowPolicy

    static func read(from env: inout EnvironmentReader) -> NotificationSettings {
        let provider = env.choice("INNGANG_NOTIFICATION_PROVIDER", default: ProviderKind.file)
        let root = env.optionalString("INNGANG_ROOT") ?? FileManager.default.currentDirectoryPath
        let sinkPath = env.string("INNGANG_NOTIFICATION_SINK_FILE", default: (root as NSString).appendingPathComponent(FileSinkProvider.defaultPath))
        var smtp: SMTPConfiguration?
        var sms: HTTPSMSGatewayConfiguration?
        if provider == .smtpSMS {
            smtp = readSMTP(from: &env)
            sms = readSMSGateway(from: &env)
        }
        let defaultLease = provider == .file ? 15 : 180
        return NotificationSettings(
            provider: provider,
            sinkPath: sinkPath,
            smtp: smtp,
            smsGateway: sms,
            populationRegisterFile: env.optionalString("INNGANG_POPULATION_REGISTER_FILE"),
            contactRegisterFile: env.optionalString("INNGANG_CONTACT_REGISTER_FILE"),
            jobLease: .seconds(env.int("INNGANG_NOTIFICATION_JOB_LEASE_SECONDS", default: defaultLease, range: 10...3600)),
            workerConcurrency: env.int("INNGANG_NOTIFICATION_WORKERS", default: 4, range: 1...64),
            smsWindow: readSMSWindow(from: &env))
    }

    /// The SMS window settings; a family's narrower window still applies on top.
    static func readSMSWindow(from env: inout EnvironmentReader) -> SMSWindowPolicy {
        let standard = SMSWindowPolicy.standard
        func window(_ name: String, _ fallback: DailyWindow?, closable: Bool) -> DailyWindow? {
            guard let text = env.optionalString(name) else { return fallback }
            if closable, text == "closed" { return nil }
            if let window = DailyWindow(text: text) { return window }
            env.record("\(name) must be HH:MM-HH:MM (start before end, end at most 24:00)\(closable ? " or 'closed'" : ""), got '\(text)'")
            return fallback
        }
        let weekday = window("INNGANG_NOTIFICATION_SMS_WINDOW_WEEKDAY", standard.weekday, closable: false) ?? standard.weekday
        return SMSWindowPolicy(
            weekday: weekday,
            weekend: window("INNGANG_NOTIFICATION_SMS_WINDOW_WEEKEND", standard.weekend, closable: true),
            publicHoliday: window("INNGANG_NOTIFICATION_SMS_WINDOW_HOLIDAY", standard.publicHoliday, closable: true))
    }

    private static func readSMTP(from env: inout EnvironmentReader) -> SMTPConfiguration {
        let host = env.requiredString("INNGANG_SMTP_HOST", hint: "the mail relay's host name, e.g. 127.0.0.1")
        let port = env.int("INNGANG_SMTP_PORT", default: 25, range: 1...65535)
        let from = env.requiredString("INNGANG_SMTP_FROM", hint: "the sender address, e.g. varsel@kommune.no")
        if !from.isEmpty, !from.contains("@") { env.record("INNGANG_SMTP_FROM must be an e-mail address") }
        var credentials: SMTPConfiguration.Credentials?
        switch (env.optionalString("INNGANG_SMTP_USERNAME"), env.optionalString("INNGANG_SMTP_PASSWORD")) {
        case (let user?, let password?): credentials = .init(username: user, password: password)
        case (nil, nil): credentials = nil
        default: env.record("INNGANG_SMTP_USERNAME and INNGANG_SMTP_PASSWORD must be set together")
        }
        return SMTPConfiguration(
            host: host, port: port, fromAddress: from, fromDisplayName: env.optionalString("INNGANG_SMTP_FROM_NAME"),
            credentials: credentials,
            allowsPlaintextAuthenticationOverNetwork: env.bool("INNGANG_SMTP_ALLOW_PLAINTEXT_AUTH", default: false))
    }

    private static func readSMSGateway(from env: inout EnvironmentReader) -> HTTPSMSGatewayConfiguration {
        let url = env.requiredString("INNGANG_SMS_GATEWAY_URL", hint: "the gateway's API root, e.g. https://sms.example.no/v1")
        if !url.isEmpty, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            env.record("INNGANG_SMS_GATEWAY_URL must be an http(s) URL")
        }
        let key = env.requiredString("INNGANG_SMS_GATEWAY_API_KEY", hint: "the gateway's bearer API key (a secret)")
        return HTTPSMSGatewayConfiguration(baseURL: url, apiKey: key, senderID: env.optionalString("INNGANG_SMS_SENDER_ID"))
    }
}
