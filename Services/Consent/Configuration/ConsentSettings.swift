import ConsentDomain
import Foundation
import IntakeDomain
import InngangModels
import InngangService

/// The consent service's own configuration, read once at start:
///
/// - `INNGANG_POPULATION_REGISTER_FILE`: a development-families document for the
///   ``FileBackedPopulationRegister`` (default: the embedded ``DevelopmentFamilies``) — the
///   development fake of the Folkeregister, which names the guardians whose consent is required;
/// - `INNGANG_CONSENT_EXPIRY_SWEEP_SECONDS`: how often the expiry sweeper looks for consents that
///   have lapsed and records `consent.expired` (default 300; `0` turns it off — the check never
///   needs it, a lapsed consent is denied from the first instant after its last valid day);
/// - `INNGANG_CONSENT_CHILD_WELFARE_SERVICE`: the service code of the child welfare service, the
///   only receiver of a report under the duty to report (default `barnevern`).
///
/// An unreadable or invalid register file, or a bad number, stops the service at start with
/// every problem listed.
struct ConsentSettings: Sendable {
    static let registerFileVariable = "INNGANG_POPULATION_REGISTER_FILE"
    static let sweepVariable = "INNGANG_CONSENT_EXPIRY_SWEEP_SECONDS"
    static let childWelfareVariable = "INNGANG_CONSENT_CHILD_WELFARE_SERVICE"

    var register: any PopulationRegister
    /// `embedded` or `file`, for the start-up log line.
    var registerSource: String
    /// `nil` when the sweeper is off.
    var expirySweepInterval: Duration?
    var ageRules: AgeRules
    var legalBasisRules: LegalBasisRules

    static func load(from environment: EnvironmentReader) throws(ConfigurationError) -> ConsentSettings {
        var env = environment
        var register: (any PopulationRegister)? = FileBackedPopulationRegister.embedded()
        var source = "embedded"
        if let path = env.optionalString(registerFileVariable) {
            source = "file"
            do { register = try FileBackedPopulationRegister(contentsOf: URL(fileURLWithPath: path)) } catch {
                env.record("\(registerFileVariable): the population register file cannot be read or is invalid (\(error.code))")
                register = nil
            }
        }
        let sweepSeconds = env.int(sweepVariable, default: 300, range: 0...86_400)
        let childWelfare = ServiceCode(rawValue: env.string(childWelfareVariable, default: "barnevern"))
        if !childWelfare.isWellFormed {
            env.record("\(childWelfareVariable) must be a service code (2–40 of a–z, 0–9, '-')")
        }
        try env.validate(service: "consent")
        guard let register else { preconditionFailure("a problem was recorded, so validate threw") }
        return ConsentSettings(
            register: register, registerSource: source,
            expirySweepInterval: sweepSeconds == 0 ? nil : .seconds(sweepSeconds),
            ageRules: .default, legalBasisRules: LegalBasisRules(childWelfareService: childWelfare))
    }
}
