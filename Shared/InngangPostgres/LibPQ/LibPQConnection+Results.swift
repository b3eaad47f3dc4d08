import CLibPQ

/// Turning `PGresult`s into `PostgresResult`s and `PostgresError`s.
extension LibPQConnection {
    /// Converts and clears `result`; throws for error results and for a missing result (connection lost).
    func makeResult(_ result: OpaquePointer?) throws -> PostgresResult {
        guard let result else {
            throw PostgresError(code: .connectionFailure, message: errorMessage)
        }
        defer { PQclear(result) }
        return try convert(result)
    }

    /// Converts `result` without clearing it; throws for error results.
    func convert(_ result: OpaquePointer) throws -> PostgresResult {
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

    func error(from result: OpaquePointer) -> PostgresError {
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

    /// Builds rows straight from libpq's buffers: one `String` per non-NULL value, no other copies.
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
}
