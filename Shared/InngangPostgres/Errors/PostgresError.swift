/// The one error type of `InngangPostgres`.
///
/// `message` never contains bound parameter values: server messages are taken from the primary
/// message only (never DETAIL, which echoes key values), and quoted values in data-exception
/// messages (SQLSTATE class 22) are redacted.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, independent of the exact SQLSTATE.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Backing: String, Hashable, Sendable {
            case uniqueViolation, foreignKeyViolation, checkViolation, notNullViolation
            case serializationFailure, deadlockDetected, undefinedTable, syntaxError, queryCanceled
            case connectionFailure, poolTimeout, poolClosed, decoding, migrationChecksumMismatch
            case invalidConfiguration, invalidMigration, transactionRolledBack, server
        }

        private let backing: Backing
        private init(_ backing: Backing) { self.backing = backing }

        /// SQLSTATE 23505.
        public static let uniqueViolation = Code(.uniqueViolation)
        /// SQLSTATE 23503.
        public static let foreignKeyViolation = Code(.foreignKeyViolation)
        /// SQLSTATE 23514.
        public static let checkViolation = Code(.checkViolation)
        /// SQLSTATE 23502.
        public static let notNullViolation = Code(.notNullViolation)
        /// SQLSTATE 40001: retry the whole transaction.
        public static let serializationFailure = Code(.serializationFailure)
        /// SQLSTATE 40P01: retry the whole transaction.
        public static let deadlockDetected = Code(.deadlockDetected)
        /// SQLSTATE 42P01.
        public static let undefinedTable = Code(.undefinedTable)
        /// SQLSTATE 42601.
        public static let syntaxError = Code(.syntaxError)
        /// SQLSTATE 57014: the statement was cancelled (statement_timeout or task cancellation).
        public static let queryCanceled = Code(.queryCanceled)
        /// The connection could not be opened or was lost (SQLSTATE class 08, 57P01-57P03, or no SQLSTATE).
        public static let connectionFailure = Code(.connectionFailure)
        /// No pooled connection became free within the acquire timeout.
        public static let poolTimeout = Code(.poolTimeout)
        /// The pool was closed.
        public static let poolClosed = Code(.poolClosed)
        /// A column value could not be decoded into the requested Swift type.
        public static let decoding = Code(.decoding)
        /// An applied migration's SQL changed since it was applied.
        public static let migrationChecksumMismatch = Code(.migrationChecksumMismatch)
        /// A configuration (URL, identifier) is invalid.
        public static let invalidConfiguration = Code(.invalidConfiguration)
        /// A list of migrations is invalid (duplicate or non-positive versions).
        public static let invalidMigration = Code(.invalidMigration)
        /// COMMIT reported ROLLBACK: a statement in the transaction had failed.
        public static let transactionRolledBack = Code(.transactionRolledBack)
        /// Any other server error; see `sqlState`.
        public static let server = Code(.server)

        public var description: String { backing.rawValue }
    }

    public var code: Code
    /// The five-character SQLSTATE reported by the server, if any.
    public var sqlState: String?
    /// Human-readable reason, free of parameter values.
    public var message: String
    /// The violated constraint's name (PG_DIAG_CONSTRAINT_NAME), if any.
    public var constraint: String?
    public var file: String
    public var line: Int

    public init(
        code: Code, message: String, sqlState: String? = nil, constraint: String? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.sqlState = sqlState
        self.constraint = constraint
        self.file = file
        self.line = line
    }

    /// Whether repeating the operation (the whole transaction) may succeed.
    public var isRetriable: Bool {
        switch code {
        case .serializationFailure, .deadlockDetected, .connectionFailure, .poolTimeout: true
        default: false
        }
    }

    public var description: String {
        var text = "PostgresError.\(code)"
        if let sqlState { text += " [\(sqlState)]" }
        text += ": \(message)"
        if let constraint { text += " (constraint \(constraint))" }
        return text
    }
}

extension PostgresError.Code {
    /// Maps a SQLSTATE to a code; unknown states map to `.server`.
    public init(sqlState: String) {
        switch sqlState {
        case "23505": self = .uniqueViolation
        case "23503": self = .foreignKeyViolation
        case "23514": self = .checkViolation
        case "23502": self = .notNullViolation
        case "40001": self = .serializationFailure
        case "40P01": self = .deadlockDetected
        case "42P01": self = .undefinedTable
        case "42601": self = .syntaxError
        case "57014": self = .queryCanceled
        case "57P01", "57P02", "57P03": self = .connectionFailure
        default: self = sqlState.hasPrefix("08") ? .connectionFailure : .server
        }
    }
}
