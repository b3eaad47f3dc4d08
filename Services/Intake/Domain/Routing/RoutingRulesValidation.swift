import InngangModels

extension RoutingRules {
    /// Every problem in this document (empty when valid): municipality not four digits; a rule
    /// with a malformed service code, no categories, an unknown or repeated category; a service in
    /// two rules; a routed service (or the fallback) without a processing time; a processing time
    /// out of ``processingTimeRange``, for a malformed service, or for a service nothing routes to.
    public func problems() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        func report(_ p: JSONPointer, _ code: FieldProblem.Code, _ message: String) {
            problems.append(FieldProblem(p.description, code, message))
        }
        let root = JSONPointer.root

        if !(municipality.count == 4 && municipality.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })) {
            report(root / "municipality", .format, "A municipality number has four digits.")
        }
        if rules.isEmpty { report(root / "rules", .required, "At least one rule.") }

        var routed = Set<ServiceCode>()
        for (i, rule) in rules.enumerated() {
            let p = root / "rules" / i
            if !rule.service.isWellFormed {
                report(p / "service", .format, "A service code is 2–40 lower-case letters, digits or hyphens.")
            } else if !routed.insert(rule.service).inserted {
                report(p / "service", .duplicate, "Each service has one rule; merge the categories into the first.")
            }
            if rule.whenAnyCategory.isEmpty { report(p / "whenAnyCategory", .required, "At least one category.") }
            var seen = Set<String>()
            for (j, category) in rule.whenAnyCategory.enumerated() {
                if NeedCategory(rawValue: category) == nil {
                    report(p / "whenAnyCategory" / j, .unknownCategory, "Not a need category in the catalogue.")
                } else if !seen.insert(category).inserted {
                    report(p / "whenAnyCategory" / j, .duplicate, "This category is listed more than once in the rule.")
                }
            }
            if rule.service.isWellFormed, processingTime(for: rule.service) == nil {
                report(p / "service", .undefined, "The service has no processing time in processingTimes.")
            }
        }

        let fallback = effectiveFallbackService
        if !fallback.isWellFormed {
            report(root / "fallbackService", .format, "A service code is 2–40 lower-case letters, digits or hyphens.")
        } else if processingTime(for: fallback) == nil {
            report(root / "fallbackService", .undefined, "The fallback service has no processing time in processingTimes.")
        }

        for key in processingTimes.keys.sorted() {
            let p = root / "processingTimes" / key
            let service = ServiceCode(rawValue: key)
            if !service.isWellFormed {
                report(p, .format, "A service code is 2–40 lower-case letters, digits or hyphens.")
            } else if !routed.contains(service) && service != fallback {
                report(p, .unused, "No rule routes to this service.")
            }
            if let days = processingTimes[key], !Self.processingTimeRange.contains(days) {
                report(p, .range, "Working days, \(Self.processingTimeRange.lowerBound)–\(Self.processingTimeRange.upperBound).")
            }
        }
        return problems
    }
}
