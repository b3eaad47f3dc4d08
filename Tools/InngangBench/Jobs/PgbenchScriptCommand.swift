import ArgumentParser

/// Prints the pgbench script (to refresh `bench/pgbench/lease_complete.sql` after JobSQL changed).
struct PgbenchScriptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pgbench-script",
        abstract: "Print the pgbench script made of JobSQL's lease and complete statements.")

    func run() async throws {
        print(PgbenchScript.text, terminator: "")
    }
}
