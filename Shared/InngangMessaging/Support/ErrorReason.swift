import InngangKafka
import InngangModels
import InngangPostgres

/// Describes an error by its type and code only, never by its message text or payload, so the
/// result is safe for logs and dead-letter headers (no personal data).
///
/// Examples: `PostgresError.uniqueViolation[23505]`, `KafkaError.cloudEventBinding`,
/// `DecodingError.keyNotFound`, `MyModule.MyError.rejected`.
enum ErrorReason {
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as PostgresError:
            return "PostgresError.\(error.code)" + (error.sqlState.map { "[\($0)]" } ?? "")
        case let error as KafkaError:
            return "KafkaError.\(error.code)" + (error.rdKafkaError.map { "[\($0)]" } ?? "")
        case let error as InngangModelsError:
            return "InngangModelsError.\(error.code)"
        case let error as MessagingError:
            return "MessagingError.\(error.code)"
        case let error as DecodingError:
            return "DecodingError." + caseName(of: error)
        case let error as EncodingError:
            return "EncodingError." + caseName(of: error)
        case is CancellationError:
            return "CancellationError"
        default:
            return typeName(of: error) + caseSuffix(of: error)
        }
    }

    private static func typeName(of error: any Error) -> String {
        String(reflecting: type(of: error))
    }

    /// `.caseName` for an enum error, without associated values.
    private static func caseSuffix(of error: any Error) -> String {
        let mirror = Mirror(reflecting: error)
        guard mirror.displayStyle == .enum else { return "" }
        let name = caseName(of: error)
        return name.isEmpty ? "" : "." + name
    }

    private static func caseName(of value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if let label = mirror.children.first?.label { return label }  // a case with a payload
        // A case without payload prints as its name, unless a custom description says otherwise.
        if value is any CustomStringConvertible || value is any CustomDebugStringConvertible { return "" }
        let text = String(describing: value)
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? text : ""
    }
}

/// Exponential back-off with full jitter in the upper half: `initial · 2^(attempt-1)`, capped.
enum Backoff {
    static func delay(attempt: Int, initial: Duration, maximum: Duration) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let base = min(initial * (1 << exponent), maximum)
        return base * Double.random(in: 0.5...1.0)
    }
}
