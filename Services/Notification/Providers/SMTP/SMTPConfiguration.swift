import NIOCore

/// How ``SMTPProvider`` reaches its mail server.
///
/// The provider speaks plain SMTP over TCP and does not implement STARTTLS. In production point it
/// at a relay on localhost or in the same pod/network namespace (e.g. a Postfix or an SMTP sidecar
/// that itself delivers over TLS to the municipality's mail service), or run it through a TLS
/// tunnel. Credentials are never sent over a non-loopback plain connection unless
/// ``allowsPlaintextAuthenticationOverNetwork`` is set explicitly.
public struct SMTPConfiguration: Sendable {
    /// Username and password for `AUTH PLAIN`.
    public struct Credentials: Sendable {
        public var username: String
        public var password: String
        public init(username: String, password: String) {
            self.username = username
            self.password = password
        }
    }

    /// Time limits for one session.
    public struct Timeouts: Sendable {
        /// Establishing the TCP connection.
        public var connect: TimeAmount
        /// Waiting for the greeting and for the reply to each command.
        public var command: TimeAmount
        /// Waiting for the reply after the end of DATA (servers may scan the message first).
        public var dataTermination: TimeAmount
        public init(connect: TimeAmount = .seconds(10), command: TimeAmount = .seconds(30), dataTermination: TimeAmount = .seconds(120)) {
            self.connect = connect
            self.command = command
            self.dataTermination = dataTermination
        }
    }

    public var host: String
    public var port: Int
    /// The envelope sender and `From:` address, e.g. `varsel@kommune.no`.
    public var fromAddress: String
    /// Optional display name for `From:` (encoded when not ASCII, e.g. `Bærum kommune`).
    public var fromDisplayName: String?
    /// The name this client gives in `EHLO`; defaults to the from address's domain.
    public var clientName: String?
    public var credentials: Credentials?
    /// Permits `AUTH PLAIN` over plain TCP to a host that is not loopback. Off by default.
    public var allowsPlaintextAuthenticationOverNetwork: Bool
    public var timeouts: Timeouts

    public init(
        host: String = "127.0.0.1", port: Int = 25, fromAddress: String, fromDisplayName: String? = nil, clientName: String? = nil,
        credentials: Credentials? = nil, allowsPlaintextAuthenticationOverNetwork: Bool = false, timeouts: Timeouts = Timeouts()
    ) {
        self.host = host
        self.port = port
        self.fromAddress = fromAddress
        self.fromDisplayName = fromDisplayName
        self.clientName = clientName
        self.credentials = credentials
        self.allowsPlaintextAuthenticationOverNetwork = allowsPlaintextAuthenticationOverNetwork
        self.timeouts = timeouts
    }

    /// The domain of ``fromAddress`` (used for `Message-ID` and the default `EHLO` name).
    var fromDomain: String {
        fromAddress.split(separator: "@").last.map(String.init) ?? "localhost"
    }

    var isLoopbackHost: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
