import Foundation

/// Where and how to connect to one PostgreSQL database.
public struct PostgresConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// Shown in `pg_stat_activity.application_name`.
    public var applicationName: String = "inngang"
    /// Seconds libpq waits for a connection to open.
    public var connectTimeoutSeconds: Int = 5
    /// Further libpq connection keywords passed verbatim (for example `sslmode`, `sslrootcert`).
    /// Query items of a URL land here.
    public var extraParameters: [String: String] = [:]

    public init(host: String, port: Int, user: String, password: String?, database: String) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
    }

    /// Parses `postgres://user:password@host:port/database?sslmode=require` (also `postgresql://`).
    /// User, password and database are percent-decoded. Port defaults to 5432, host to `localhost`,
    /// database to the user name. `application_name` and `connect_timeout` query items set the
    /// matching properties; other items go to `extraParameters`.
    public init(url: String) throws {
        guard let components = URLComponents(string: url),
              let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql"
        else {
            throw PostgresError(code: .invalidConfiguration, message: "invalid PostgreSQL URL: expected postgres://user:password@host:port/database")
        }
        guard let user = components.user, !user.isEmpty else {
            throw PostgresError(code: .invalidConfiguration, message: "invalid PostgreSQL URL: missing user")
        }
        var host = components.host ?? ""
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.init(
            host: host.isEmpty ? "localhost" : host,
            port: components.port ?? 5432,
            user: user,
            password: components.password,
            database: path.isEmpty ? user : path
        )
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "application_name": applicationName = value
            case "connect_timeout":
                guard let seconds = Int(value), seconds >= 0 else {
                    throw PostgresError(code: .invalidConfiguration, message: "invalid PostgreSQL URL: connect_timeout must be a whole number of seconds")
                }
                connectTimeoutSeconds = seconds
            default: extraParameters[item.name] = value
            }
        }
    }

    /// The same server and credentials, another database.
    public func withDatabase(_ name: String) -> PostgresConfiguration {
        var copy = self
        copy.database = name
        return copy
    }

    /// Keyword/value pairs for `PQconnectdbParams`.
    var libpqParameters: [(String, String)] {
        var parameters: [(String, String)] = [
            ("host", host),
            ("port", String(port)),
            ("user", user),
            ("dbname", database),
            ("application_name", applicationName),
            ("connect_timeout", String(connectTimeoutSeconds)),
            ("client_encoding", "UTF8"),
            // Dates are exchanged as UTC ISO text; see PostgresTimestamp.
            ("options", "-c TimeZone=UTC -c DateStyle=ISO,YMD"),
            // Notice a peer that vanished without closing the socket (listener connections idle for long).
            ("keepalives", "1"),
            ("keepalives_idle", "30"),
            ("keepalives_interval", "10"),
            ("keepalives_count", "3"),
            // Inngang authenticates with passwords (SCRAM) over TLS, never Kerberos. Without this,
            // libpq first offers GSSAPI encryption, which costs a round trip per connection and loads
            // Kerberos state whose thread-specific data has aborted processes at exit. Overridable
            // with `?gssencmode=prefer` in the URL.
            ("gssencmode", "disable"),
        ]
        if let password { parameters.append(("password", password)) }
        for (key, value) in extraParameters.sorted(by: { $0.key < $1.key }) {
            parameters.removeAll { $0.0 == key }
            parameters.append((key, value))
        }
        return parameters
    }
}

extension PostgresConfiguration: CustomStringConvertible {
    /// A URL-like description with the password left out, safe to log.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)"
    }
}
