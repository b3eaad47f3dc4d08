import Foundation
import InngangModels

/// The status of a request to postpone carrying out a decision. A code in events.
public enum PostponementStatus: String, Sendable, Codable, CaseIterable {
    case requested
    case granted
    case refused
}

/// **Postponed execution** (*utsatt iverksetting*, forvaltningsloven § 42 first paragraph): the
/// underinstans or the klageinstans may decide that a decision is not carried out until the
/// appeal deadline has run out or the appeal is decided; a party may ask for it. The rule here
/// tracks the request: requested → granted or refused, once; anything else is an
/// ``KlageDomainError/Code/illegalTransition``. (Recalled from the act; domain.md asks only that
/// the request is tracked.)
public struct ExecutionPostponement: Sendable, Equatable, Codable {
    public private(set) var status: PostponementStatus
    public let requestedAt: Date
    public private(set) var decidedAt: Date?
    public private(set) var decidedBy: AppealInstance?

    /// A new request.
    public static func requested(at: Date) -> ExecutionPostponement {
        ExecutionPostponement(status: .requested, requestedAt: at, decidedAt: nil, decidedBy: nil)
    }

    public func granted(by instance: AppealInstance, at: Date) throws(KlageDomainError) -> ExecutionPostponement {
        try decided(.granted, by: instance, at: at)
    }

    public func refused(by instance: AppealInstance, at: Date) throws(KlageDomainError) -> ExecutionPostponement {
        try decided(.refused, by: instance, at: at)
    }

    private func decided(_ status: PostponementStatus, by instance: AppealInstance, at: Date) throws(KlageDomainError) -> ExecutionPostponement {
        guard self.status == .requested else {
            throw KlageDomainError(.illegalTransition, "A postponement request that is \(self.status.rawValue) cannot be \(status.rawValue)")
        }
        return ExecutionPostponement(status: status, requestedAt: requestedAt, decidedAt: at, decidedBy: instance)
    }
}
