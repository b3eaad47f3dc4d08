import Foundation

/// The authenticated caller of a request.
public enum Caller: Sendable, Equatable {
    /// A citizen logged in through ID-porten: the national identity number is the `pid` claim.
    /// It is kept as a string here; domain code parses it with `NationalIdentityNumber`.
    case citizen(Citizen)
    /// A municipal employee: the service they work in and their roles.
    case employee(Employee)

    public struct Citizen: Sendable, Equatable {
        public var nationalIdentityNumber: String
        public var subject: String
        public init(nationalIdentityNumber: String, subject: String) {
            self.nationalIdentityNumber = nationalIdentityNumber
            self.subject = subject
        }
    }

    public struct Employee: Sendable, Equatable {
        public var subject: String
        /// The service code the employee works in, e.g. `ppt`, `barnevern`, `helsestasjon`.
        public var service: String
        public var roles: Set<String>
        public var name: String?
        public init(subject: String, service: String, roles: Set<String>, name: String? = nil) {
            self.subject = subject
            self.service = service
            self.roles = roles
            self.name = name
        }
        public func hasRole(_ role: String) -> Bool { roles.contains(role) }
    }

    public var kind: CallerKind {
        switch self {
        case .citizen: .citizen
        case .employee: .employee
        }
    }

    /// A pseudonymous reference for audit logs and log lines: never the national identity number.
    public var auditReference: String {
        switch self {
        case .citizen(let c): "citizen:\(c.subject)"
        case .employee(let e): "employee:\(e.service):\(e.subject)"
        }
    }
}
