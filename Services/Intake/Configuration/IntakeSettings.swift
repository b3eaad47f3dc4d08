import Foundation
import IntakeDomain
import InngangService

/// Intake's own configuration: the municipality's routing rules and coordinator pool, and the
/// population register to check applicants against.
///
/// Each has an embedded development default and an optional file (read once, at start):
/// - `INNGANG_INTAKE_ROUTING_FILE`: a ``RoutingRules`` document (default ``DevelopmentRouting``);
/// - `INNGANG_INTAKE_COORDINATORS_FILE`: a ``CoordinatorPool`` document (default ``DevelopmentCoordinators``);
/// - `INNGANG_POPULATION_REGISTER_FILE`: a development-families document for the
///   ``FileBackedPopulationRegister`` (default ``DevelopmentFamilies``), the development fake of the
///   Folkeregister.
///
/// And the consent service, which must confirm that a referral is covered before intake accepts it:
/// - `INNGANG_CONSENT_URL`: its base URL (default `http://127.0.0.1:8082`);
/// - `INNGANG_CONSENT_TIMEOUT_SECONDS`: how long to wait for its answer (default 5; no answer in
///   time is "unsure", so the referral is refused with 503).
///
/// An unreadable or invalid file, or rules and pool of different municipalities, make the service
/// refuse to start, listing every problem (JSON pointers, never values).
struct IntakeSettings: Sendable {
    static let routingFileVariable = "INNGANG_INTAKE_ROUTING_FILE"
    static let coordinatorsFileVariable = "INNGANG_INTAKE_COORDINATORS_FILE"
    static let registerFileVariable = "INNGANG_POPULATION_REGISTER_FILE"
    static let consentURLVariable = "INNGANG_CONSENT_URL"
    static let consentTimeoutVariable = "INNGANG_CONSENT_TIMEOUT_SECONDS"

    var rules: RoutingRules
    var pool: CoordinatorPool
    var register: any PopulationRegister
    /// The consent service's base URL (referral coverage).
    var consentURL: URL
    /// Seconds to wait for the consent service.
    var consentTimeout: TimeInterval
    /// Where each setting came from (`embedded` or `file`), for the start-up log line.
    var sources: [String: String]

    /// Reads the settings; throws a `ConfigurationError` listing every problem.
    static func load(from env: EnvironmentReader) throws(ConfigurationError) -> IntakeSettings {
        var problems: [String] = []
        var sources: [String: String] = [:]

        func document<T>(_ variable: String, _ what: String, embedded: () -> T,
                         parse: (Data) throws(IntakeDomainError) -> T) -> T? {
            guard let path = env.optionalString(variable) else {
                sources[what] = "embedded"
                return embedded()
            }
            sources[what] = "file"
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                problems.append("\(variable): the \(what) file cannot be read")
                return nil
            }
            do { return try parse(data) } catch {
                problems.append(describe(error, variable: variable, what: what))
                return nil
            }
        }

        let rules = document(routingFileVariable, "routing rules", embedded: DevelopmentRouting.rules,
                             parse: RoutingRules.load(json:))
        let pool = document(coordinatorsFileVariable, "coordinator pool", embedded: DevelopmentCoordinators.pool,
                            parse: CoordinatorPool.load(json:))
        let register = document(registerFileVariable, "population register", embedded: FileBackedPopulationRegister.embedded,
                                parse: FileBackedPopulationRegister.init(json:))

        var reader = env
        let consentURLText = env.string(consentURLVariable, default: "http://127.0.0.1:8082")
        let consentURL = URL(string: consentURLText).flatMap { ["http", "https"].contains($0.scheme ?? "") && $0.host != nil ? $0 : nil }
        if consentURL == nil { problems.append("\(consentURLVariable) must be an http(s) URL") }
        let consentTimeout = reader.int(consentTimeoutVariable, default: 5, range: 1...60)
        problems += reader.problems

        if let rules, let pool, rules.municipality != pool.municipality {
            problems.append("the routing rules (municipality \(rules.municipality)) and the coordinator pool (municipality \(pool.municipality)) belong to different municipalities")
        }
        guard problems.isEmpty, let rules, let pool, let register, let consentURL else {
            var report = EnvironmentReader(env.values)
            problems.forEach { report.record($0) }
            try report.validate(service: "intake")
            preconditionFailure("a problem was recorded, so validate threw")
        }
        return IntakeSettings(rules: rules, pool: pool, register: register, consentURL: consentURL,
                              consentTimeout: TimeInterval(consentTimeout), sources: sources)
    }

    /// One line per problem: what is wrong and where (pointer), never the offending value.
    private static func describe(_ error: IntakeDomainError, variable: String, what: String) -> String {
        var text = "\(variable): the \(what) file is invalid: \(error.message)"
        for problem in error.problems {
            text += "\n      \(problem.pointer.isEmpty ? "(document)" : problem.pointer): \(problem.code) — \(problem.message)"
        }
        return text
    }
}
