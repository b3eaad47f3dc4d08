import CLibPQ
import Foundation

/// Owns one `PGconn`. Not thread-safe: every method must be called from the single queue or thread
/// that owns the connection (the `PostgresConnection`'s serial queue, or the listener thread).
/// All libpq calls of the module live in this folder.
final class LibPQConnection: @unchecked Sendable {
    enum TransactionStatus: Sendable, Equatable {
        case idle, active, inTransaction, failedTransaction, unknown
    }

    private var handle: OpaquePointer?
    /// Set when the protocol state can no longer be trusted (e.g. an unexpected COPY).
    var poisoned = false
    /// Named prepared statements of this session (`query(_:parameters:)`).
    var statements = StatementCache()

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        if let handle { PQfinish(handle) }
    }

    /// Opens a connection (blocking, bounded by `connectTimeoutSeconds`).
    static func connect(_ configuration: PostgresConfiguration) throws -> LibPQConnection {
        _ = OpenSSLExitCleanup.installed
        let parameters = configuration.libpqParameters
        let keywords = parameters.map { strdup($0.0) }
        let values = parameters.map { strdup($0.1) }
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let keywordPointers = keywords.map { UnsafePointer($0) } + [nil]
        let valuePointers = values.map { UnsafePointer($0) } + [nil]
        guard let handle = PQconnectdbParams(keywordPointers, valuePointers, 0) else {
            throw PostgresError(code: .connectionFailure, message: "libpq could not allocate a connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = Self.trimmed(PQerrorMessage(handle)) ?? "unknown error"
            PQfinish(handle)
            throw PostgresError(code: .connectionFailure, message: "could not connect to \(configuration): \(message)")
        }
        // Server NOTICEs ("relation already exists, skipping", RAISE NOTICE …) would go to stderr
        // unstructured and may carry data; drop them.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        return LibPQConnection(handle: handle)
    }

    /// A token that can cancel this connection's running statement from any thread.
    func makeCancelToken() -> LibPQCancelToken? {
        guard let handle, let cancel = PQgetCancel(handle) else { return nil }
        return LibPQCancelToken(cancel)
    }

    /// Whether the connection is unusable (lost, closed, or in an unknown protocol state).
    var isBad: Bool {
        guard let handle else { return true }
        return poisoned || PQstatus(handle) == CONNECTION_BAD
    }

    var transactionStatus: TransactionStatus {
        guard let handle else { return .unknown }
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE: return .idle
        case PQTRANS_ACTIVE: return .active
        case PQTRANS_INTRANS: return .inTransaction
        case PQTRANS_INERROR: return .failedTransaction
        default: return .unknown
        }
    }

    /// Runs one or more statements through the simple query protocol (`PQexec`); returns the last result.
    func execute(_ sql: String) throws -> PostgresResult {
        let handle = try liveHandle()
        return try makeResult(PQexec(handle, sql))
    }

    /// Quotes an identifier (`"name"`, doubling embedded quotes).
    func escapeIdentifier(_ identifier: String) throws -> String {
        let handle = try liveHandle()
        guard let escaped = PQescapeIdentifier(handle, identifier, identifier.utf8.count) else {
            throw PostgresError(code: .invalidConfiguration, message: "invalid identifier: \(Self.trimmed(PQerrorMessage(handle)) ?? "")")
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }

    // MARK: Asynchronous notifications

    /// The socket to wait on for incoming data.
    var socket: Int32 { handle.map { PQsocket($0) } ?? -1 }

    /// Reads what arrived on the socket; false when the connection failed.
    func consumeInput() -> Bool {
        guard let handle else { return false }
        return PQconsumeInput(handle) == 1
    }

    /// The next notification already read from the socket, if any.
    func nextNotification() -> PostgresNotification? {
        guard let handle, let notify = PQnotifies(handle) else { return nil }
        defer { PQfreemem(notify) }
        return PostgresNotification(
            channel: String(cString: notify.pointee.relname),
            payload: notify.pointee.extra.map { String(cString: $0) } ?? ""
        )
    }

    /// The last connection-level error message.
    var errorMessage: String {
        handle.flatMap { Self.trimmed(PQerrorMessage($0)) } ?? "connection closed"
    }

    /// Closes the connection; later calls throw `.connectionFailure`.
    func finish() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    // MARK: Helpers

    func liveHandle() throws -> OpaquePointer {
        guard let handle else {
            throw PostgresError(code: .connectionFailure, message: "connection is closed")
        }
        return handle
    }

    static func trimmed(_ message: UnsafePointer<CChar>?) -> String? {
        guard let message else { return nil }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
