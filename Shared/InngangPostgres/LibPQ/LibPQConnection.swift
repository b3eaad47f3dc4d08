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
    private var poisoned = false

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        if let handle { PQfinish(handle) }
    }

    /// Opens a connection (blocking, bounded by `connectTimeoutSeconds`).
    static func connect(_ configuration: PostgresConfiguration) throws -> LibPQConnection {
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

    /// Runs one statement with text-format parameters through the extended protocol (`PQexecParams`).
    func execute(_ sql: String, parameters: [String?]) throws -> PostgresResult {
        let handle = try liveHandle()
        let cParameters = parameters.map { $0.flatMap { strdup($0) } }
        defer { cParameters.forEach { free($0) } }
        let pointers = cParameters.map { UnsafePointer($0) }
        let result = pointers.withUnsafeBufferPointer { buffer in
            PQexecParams(handle, sql, Int32(buffer.count), nil, buffer.baseAddress, nil, nil, 0)
        }
        return try makeResult(result)
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

    // MARK: Private

    private func liveHandle() throws -> OpaquePointer {
        guard let handle else {
            throw PostgresError(code: .connectionFailure, message: "connection is closed")
        }
        return handle
    }

    private func makeResult(_ result: OpaquePointer?) throws -> PostgresResult {
        guard let result else {
            throw PostgresError(code: .connectionFailure, message: errorMessage)
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return PostgresResult(affectedRows: Self.affectedRows(result), commandTag: Self.commandTag(result))
        case PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE:
            return Self.rows(of: result)
        case PGRES_FATAL_ERROR, PGRES_NONFATAL_ERROR, PGRES_BAD_RESPONSE:
            throw error(from: result)
        default:
            // COPY and other streaming modes are not supported; the protocol state is now unknown.
            poisoned = true
            throw PostgresError(code: .server, message: "unsupported result status \(String(cString: PQresStatus(PQresultStatus(result)))); COPY is not supported")
        }
    }

    private func error(from result: OpaquePointer) -> PostgresError {
        let sqlState = Self.field(result, DiagnosticField.sqlState)
        let primary = Self.field(result, DiagnosticField.primaryMessage) ?? Self.trimmed(PQresultErrorMessage(result)) ?? errorMessage
        let code: PostgresError.Code
        if let sqlState {
            code = PostgresError.Code(sqlState: sqlState)
        } else {
            code = isBad ? .connectionFailure : .server
        }
        return PostgresError(
            code: code,
            message: ErrorRedaction.redact(primary, sqlState: sqlState),
            sqlState: sqlState,
            constraint: Self.field(result, DiagnosticField.constraintName)
        )
    }

    private static func field(_ result: OpaquePointer, _ code: Int32) -> String? {
        PQresultErrorField(result, code).map { String(cString: $0) }
    }

    private static func affectedRows(_ result: OpaquePointer) -> Int {
        guard let tuples = PQcmdTuples(result), tuples.pointee != 0 else { return 0 }
        return Int(String(cString: tuples)) ?? 0
    }

    private static func commandTag(_ result: OpaquePointer) -> String {
        PQcmdStatus(result).map { String(cString: $0) } ?? ""
    }

    private static func rows(of result: OpaquePointer) -> PostgresResult {
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        let names = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        let columns = PostgresColumns(names: names)
        var rows: [PostgresRow] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<Int32(rowCount) {
            var values: [String?] = []
            values.reserveCapacity(columnCount)
            for column in 0..<Int32(columnCount) {
                if PQgetisnull(result, row, column) == 1 {
                    values.append(nil)
                } else {
                    let bytes = UnsafeRawBufferPointer(start: PQgetvalue(result, row, column), count: Int(PQgetlength(result, row, column)))
                    values.append(String(decoding: bytes, as: UTF8.self))
                }
            }
            rows.append(PostgresRow(columns: columns, values: values))
        }
        let affected = affectedRows(result)
        return PostgresResult(rows: rows, affectedRows: affected == 0 ? rowCount : affected, commandTag: commandTag(result), columnNames: names)
    }

    /// `PG_DIAG_*` field codes (character macros, which Swift does not import).
    private enum DiagnosticField {
        static let sqlState = Int32(UInt8(ascii: "C"))
        static let primaryMessage = Int32(UInt8(ascii: "M"))
        static let constraintName = Int32(UInt8(ascii: "n"))
    }

    static func trimmed(_ message: UnsafePointer<CChar>?) -> String? {
        guard let message else { return nil }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
