import Hummingbird
import Logging

/// The request context of every Inngang HTTP API: Hummingbird's core context plus the
/// authenticated caller and the request id propagated in `X-Request-Id`.
public struct InngangRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `AuthenticationMiddleware` when a valid bearer token was presented.
    public var caller: Caller?
    /// The request id: the caller's `X-Request-Id` when well-formed, else Hummingbird's id.
    public var requestID: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.caller = nil
        self.requestID = ""
    }

    /// The caller, or a 401 problem when the route requires authentication and none was given.
    public func requireCaller() throws -> Caller {
        guard let caller else { throw ProblemDetails.unauthorized("This endpoint requires a bearer token.") }
        return caller
    }

    /// The citizen caller, or 401/403.
    public func requireCitizen() throws -> Caller.Citizen {
        guard case .citizen(let citizen) = try requireCaller() else {
            throw ProblemDetails.forbidden("This endpoint is for citizens (ID-porten tokens).")
        }
        return citizen
    }

    /// The employee caller, optionally with one of `roles`, or 401/403.
    public func requireEmployee(anyRole roles: Set<String> = []) throws -> Caller.Employee {
        guard case .employee(let employee) = try requireCaller() else {
            throw ProblemDetails.forbidden("This endpoint is for municipal employees.")
        }
        if !roles.isEmpty, employee.roles.isDisjoint(with: roles) {
            throw ProblemDetails.forbidden("This endpoint requires one of the roles: \(roles.sorted().joined(separator: ", ")).")
        }
        return employee
    }
}
