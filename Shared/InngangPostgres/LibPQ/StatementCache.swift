/// The named prepared statements of one connection, keyed by SQL text; the least recently used
/// statement is evicted when the cache is full.
///
/// Not thread-safe: owned by a `LibPQConnection` and used from its thread only. Names
/// (`inngang_s1`, `inngang_s2`…; prefixed so they do not clash with SQL-level `PREPARE`s) are
/// never reused on a connection, so a statement whose `DEALLOCATE` is still pending cannot collide
/// with a new one.
struct StatementCache {
    /// How many statements a connection keeps prepared.
    static let defaultCapacity = 256

    private struct Entry {
        let name: String
        var lastUse: UInt64
    }

    let capacity: Int
    private var entries: [String: Entry] = [:]
    private var useCounter: UInt64 = 0
    private var nameCounter: UInt64 = 0
    /// Statements dropped from the cache that still exist on the server.
    private var staleNames: [String] = []

    init(capacity: Int = StatementCache.defaultCapacity) {
        precondition(capacity > 0, "a statement cache needs room for at least one statement")
        self.capacity = capacity
    }

    /// The name of the statement prepared for `sql`, marking it as just used.
    mutating func name(for sql: String) -> String? {
        guard let index = entries.index(forKey: sql) else { return nil }
        useCounter &+= 1
        entries.values[index].lastUse = useCounter
        return entries.values[index].name
    }

    /// A name no statement on this connection has had yet.
    mutating func makeName() -> String {
        nameCounter &+= 1
        return "inngang_s\(nameCounter)"
    }

    /// Records that `name` is prepared for `sql`, evicting the least recently used statement when full.
    mutating func insert(_ sql: String, name: String) {
        if let replaced = entries[sql] {
            staleNames.append(replaced.name)
        } else {
            makeRoom()
        }
        useCounter &+= 1
        entries[sql] = Entry(name: name, lastUse: useCounter)
    }

    /// Evicts the least recently used statement if the cache is full, so the next `insert` fits.
    /// Called before preparing, so the victim's `DEALLOCATE` can travel in the same round trip.
    mutating func makeRoom() {
        guard entries.count >= capacity, let victim = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) else { return }
        entries.removeValue(forKey: victim.key)
        staleNames.append(victim.value.name)
    }

    /// Forgets the statement for `sql`. `stillOnServer` schedules its `DEALLOCATE`.
    mutating func remove(_ sql: String, stillOnServer: Bool) {
        guard let entry = entries.removeValue(forKey: sql) else { return }
        if stillOnServer { staleNames.append(entry.name) }
    }

    /// Hands over the names waiting for `DEALLOCATE`.
    mutating func takeStaleNames() -> [String] {
        defer { staleNames = [] }
        return staleNames
    }
}
