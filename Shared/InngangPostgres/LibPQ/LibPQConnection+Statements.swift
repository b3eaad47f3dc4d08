import CLibPQ

/// `query`: statements with parameters, run as named prepared statements cached per connection.
///
/// The first run of a SQL text sends `Parse` (named `inngang_s1`…, parameter types inferred by the
/// server as with `PQexecParams`) together with `Bind`/`Execute` in one pipeline, so it costs one
/// round trip like an unprepared statement; later runs (`PQexecPrepared`) skip parsing and analysis,
/// and planning too once PostgreSQL settles on a generic plan. (It keeps planning each run when the
/// generic plan looks costlier than custom ones, typically with `LIMIT $n`; `plan_cache_mode`
/// decides.) Statements that fail to prepare are not cached.
///
/// A cached statement can go stale: SQLSTATE 0A000 ("cached plan must not change result type",
/// after `ALTER TABLE`) or 26000 (the statement was deallocated behind our back). The entry is
/// dropped and, if no transaction is open, the statement is prepared again and retried once: the
/// failed run was rolled back with its implicit transaction. Inside a transaction the error aborted
/// that transaction, so it is thrown. Class 42 errors (e.g. a column changed type under the frozen
/// parameter types) also drop the entry, so the next run prepares afresh.
///
/// Evicted and dropped statements are `DEALLOCATE`d in the next preparing pipeline that starts
/// outside a transaction (a failed `DEALLOCATE` cannot abort a user's transaction there).
extension LibPQConnection {
    /// Runs one statement with text-format parameters (`nil` = SQL NULL).
    func query(_ sql: String, parameters: [String?]) throws -> PostgresResult {
        let handle = try liveHandle()
        return try LibPQParameters.withValues(parameters) { values, count in
            if let name = statements.name(for: sql) {
                do {
                    return try makeResult(PQexecPrepared(handle, name, count, values, nil, nil, 0))
                } catch let error as PostgresError {
                    guard let staleness = StatementStaleness(error) else { throw error }
                    statements.remove(sql, stillOnServer: staleness.stillOnServer)
                    guard staleness.retriable, transactionStatus == .idle else { throw error }
                }
            }
            return try prepareAndRun(handle, sql, values, count)
        }
    }

    /// Prepares `sql` under a new name and runs it, in one pipeline (one round trip), after
    /// deallocating stale statements when no transaction is open.
    private func prepareAndRun(
        _ handle: OpaquePointer, _ sql: String, _ values: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int32
    ) throws -> PostgresResult {
        let name = statements.makeName()
        statements.makeRoom()
        let stale = transactionStatus == .idle ? statements.takeStaleNames() : []
        guard PQenterPipelineMode(handle) == 1 else { throw lostProtocolState("could not enter pipeline mode") }
        var sent = true
        for staleName in stale {
            // Each in its own sync segment: a failure (already gone) affects nothing else.
            sent = sent && PQsendQueryParams(handle, "DEALLOCATE \(staleName)", 0, nil, nil, nil, nil, 0) == 1
            sent = sent && PQpipelineSync(handle) == 1
        }
        sent = sent && PQsendPrepare(handle, name, sql, 0, nil) == 1
        sent = sent && PQsendQueryPrepared(handle, name, count, values, nil, nil, 0) == 1
        sent = sent && PQpipelineSync(handle) == 1
        guard sent else { throw lostProtocolState(errorMessage) }

        for _ in stale {
            clear(commandResults(handle))
            _ = readSync(handle)
        }
        let prepared = commandResults(handle)
        let executed = commandResults(handle)
        defer {
            clear(prepared)
            clear(executed)
        }
        if !readSync(handle) || PQexitPipelineMode(handle) != 1 {
            poisoned = true   // the connection is discarded; report the server's error if there is one
        }
        if let preparation = prepared.first, PQresultStatus(preparation) != PGRES_COMMAND_OK {
            throw error(from: preparation)
        }
        if !prepared.isEmpty, !poisoned {
            statements.insert(sql, name: name)
        }
        guard let execution = executed.first else {
            throw PostgresError(code: .connectionFailure, message: errorMessage)
        }
        return try convert(execution)
    }

    /// The results of the next command in the pipeline, up to its terminating NULL.
    private func commandResults(_ handle: OpaquePointer) -> [OpaquePointer] {
        var results: [OpaquePointer] = []
        while !poisoned, let result = PQgetResult(handle) {
            results.append(result)
            switch PQresultStatus(result) {
            case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
                poisoned = true   // libpq would report COPY again and again
            default:
                continue
            }
        }
        return results
    }

    /// Reads up to the next sync point; false when it never came (connection lost, COPY).
    private func readSync(_ handle: OpaquePointer) -> Bool {
        var emptyReads = 0
        while !poisoned, emptyReads < 2, PQstatus(handle) != CONNECTION_BAD {
            guard let result = PQgetResult(handle) else {
                emptyReads += 1
                continue
            }
            emptyReads = 0
            let status = PQresultStatus(result)
            PQclear(result)
            switch status {
            case PGRES_PIPELINE_SYNC: return true
            case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH: poisoned = true
            default: continue
            }
        }
        return false
    }

    private func clear<Results: Sequence<OpaquePointer>>(_ results: Results) {
        for result in results { PQclear(result) }
    }

    /// Marks the connection unusable (the pool discards it) and describes why.
    private func lostProtocolState(_ reason: String) -> PostgresError {
        poisoned = true
        return PostgresError(code: .connectionFailure, message: "connection protocol state lost: \(reason)")
    }
}

/// How an error from a cached statement affects the cache entry.
private struct StatementStaleness {
    /// Whether the server still holds the statement (so it must be deallocated).
    let stillOnServer: Bool
    /// Whether preparing again and retrying once may succeed.
    let retriable: Bool

    init?(_ error: PostgresError) {
        switch error.sqlState {
        case "0A000": (stillOnServer, retriable) = (true, true)    // cached plan must not change result type
        case "26000": (stillOnServer, retriable) = (false, true)   // prepared statement does not exist
        case let state? where state.hasPrefix("42"): (stillOnServer, retriable) = (true, false)
        default: return nil
        }
    }
}
