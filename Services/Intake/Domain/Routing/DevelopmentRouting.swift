import Foundation

/// The embedded routing rules of the development municipality. Development data, loosely
/// modelled on how Norwegian municipalities organise services; **not** any real municipality's
/// rules or published processing times (the number `0301` only keeps the format realistic).
///
/// Services: `ppt` (pedagogisk-psykologisk tjeneste), `skole`, `barnehage`, `helsestasjon`
/// (helsestasjon og skolehelsetjeneste), `bup` (child and adolescent mental health),
/// `barnevern`, `nav`, `avlastning`, `fritid`, and `familielos` (the coordinators, also the
/// fallback).
public enum DevelopmentRouting {
    public static let json = """
        {
          "municipality": "0301",
          "fallbackService": "familielos",
          "rules": [
            { "service": "ppt", "whenAnyCategory": ["learning", "speech-language", "behaviour", "kindergarten-support"] },
            { "service": "skole", "whenAnyCategory": ["school-support", "learning"] },
            { "service": "barnehage", "whenAnyCategory": ["kindergarten-support"] },
            { "service": "helsestasjon", "whenAnyCategory": ["physical-health", "mental-health", "family-support", "behaviour"] },
            { "service": "bup", "whenAnyCategory": ["mental-health"] },
            { "service": "barnevern", "whenAnyCategory": ["child-welfare-concern"] },
            { "service": "nav", "whenAnyCategory": ["welfare-nav"] },
            { "service": "avlastning", "whenAnyCategory": ["respite"] },
            { "service": "fritid", "whenAnyCategory": ["leisure"] }
          ],
          "processingTimes": {
            "ppt": 40, "skole": 15, "barnehage": 15, "helsestasjon": 10, "bup": 10,
            "barnevern": 5, "nav": 20, "avlastning": 30, "fritid": 15, "familielos": 5
          }
        }
        """

    /// The parsed rules.
    public static func rules() -> RoutingRules {
        do { return try RoutingRules.load(json: Data(json.utf8)) } catch {
            preconditionFailure("DevelopmentRouting.json is invalid: \(error)")  // caught by RoutingRulesValidationTests
        }
    }
}
