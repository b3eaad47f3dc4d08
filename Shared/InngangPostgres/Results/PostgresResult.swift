/// The outcome of one statement: its rows (if any) and how many rows it affected.
public struct PostgresResult: Sendable, RandomAccessCollection {
    public var rows: [PostgresRow]
    /// Rows inserted, updated, deleted, selected… as reported in the command tag; 0 when not applicable.
    public var affectedRows: Int
    /// The command tag, e.g. `INSERT 0 1`, `UPDATE 3`, `COMMIT`.
    public var commandTag: String
    /// Column names, also present when there are no rows.
    public var columnNames: [String]

    public init(rows: [PostgresRow] = [], affectedRows: Int = 0, commandTag: String = "", columnNames: [String] = []) {
        self.rows = rows
        self.affectedRows = affectedRows
        self.commandTag = commandTag
        self.columnNames = columnNames
    }

    public var startIndex: Int { rows.startIndex }
    public var endIndex: Int { rows.endIndex }
    public subscript(position: Int) -> PostgresRow { rows[position] }
}
