import Foundation
import InngangModels
import InngangService
import KlageDomain

/// The klage service's own settings, read from the environment next to the shared
/// ``ServiceConfiguration``. Every problem is collected and reported at once at start.
///
/// | variable | meaning | default |
/// |---|---|---|
/// | `INNGANG_KLAGE_KLAGEINSTANS` | where an upheld appeal goes (a code, e.g. `statsforvalteren`, `kommunal-klagenemnd`) | `statsforvalteren` |
/// | `INNGANG_KLAGE_KLAGEINSTANS_BY_SERVICE` | per-service override, `service=code,service=code` (e.g. `fritid=kommunal-klagenemnd`) | none |
/// | `INNGANG_KLAGE_COMPLETION_WEEKS` | the short deadline to complete an appeal (§ 32), in weeks | `2` |
struct KlageSettings: Sendable {
    var rules: KlageRules

    static func load(from environment: EnvironmentReader) throws(ConfigurationError) -> KlageSettings {
        var env = environment
        let defaultInstance = Self.klageinstans(env.string("INNGANG_KLAGE_KLAGEINSTANS", default: Klageinstans.statsforvalteren.rawValue),
                                                variable: "INNGANG_KLAGE_KLAGEINSTANS", env: &env) ?? .statsforvalteren
        var byService: [ServiceCode: Klageinstans] = [:]
        if let raw = env.optionalString("INNGANG_KLAGE_KLAGEINSTANS_BY_SERVICE") {
            for entry in raw.split(separator: ",") {
                let parts = entry.split(separator: "=", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                let service = ServiceCode(rawValue: parts.first ?? "")
                guard parts.count == 2, service.isWellFormed else {
                    env.record("INNGANG_KLAGE_KLAGEINSTANS_BY_SERVICE must be service=code pairs separated by commas")
                    continue
                }
                if let instance = Self.klageinstans(parts[1], variable: "INNGANG_KLAGE_KLAGEINSTANS_BY_SERVICE", env: &env) {
                    byService[service] = instance
                }
            }
        }
        let completionWeeks = env.int("INNGANG_KLAGE_COMPLETION_WEEKS", default: 2, range: 1...8)
        try env.validate(service: "klage")
        return KlageSettings(rules: KlageRules(
            completionWeeks: completionWeeks, defaultKlageinstans: defaultInstance, klageinstansByService: byService))
    }

    /// A klageinstans code: the same form as a service code (lowercase letters, digits, `-`).
    private static func klageinstans(_ raw: String, variable: String, env: inout EnvironmentReader) -> Klageinstans? {
        guard ServiceCode(rawValue: raw).isWellFormed else {
            env.record("\(variable): a klageinstans is a code of 2–40 lowercase letters, digits or '-'")
            return nil
        }
        return Klageinstans(rawValue: raw)
    }
}
