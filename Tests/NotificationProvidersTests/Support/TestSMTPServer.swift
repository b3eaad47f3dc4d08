import Foundation

/// A real SMTP server for the tests: `aiosmtpd` driven by a small handler script that stores
/// each accepted message as JSON (envelope, raw headers, and the subject and body as Python's
/// `email` package decodes them). Recipients with local part `rejected` get `550 5.1.1`,
/// `busy` gets `451 4.3.0`.
final class TestSMTPServer {
    struct StoredMessage: Decodable {
        var mailFrom: String
        var rcptTos: [String]
        var mailOptions: [String]
        var subject: String
        var body: String
        var rawHeaders: [String: String]
        var raw: String
        var authenticatedAs: String?
    }

    let port: Int
    let maildir: String
    private let process: ChildProcess
    private let directory: String

    /// - Parameters:
    ///   - credentials: when set, the server offers `AUTH PLAIN`, requires it, and accepts only these.
    ///   - offers8BitMIME: when false the server does not advertise 8BITMIME.
    init(credentials: (username: String, password: String)? = nil, offers8BitMIME: Bool = true) async throws {
        let pythonPath = try await Aiosmtpd.ensureInstalled()
        directory = try makeTemporaryDirectory("inngang-smtp")
        maildir = directory + "/maildir"
        try FileManager.default.createDirectory(atPath: maildir, withIntermediateDirectories: true)
        let script = directory + "/smtp_server.py"
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        let portFile = directory + "/port"
        var arguments = [script, portFile, maildir]
        if let credentials { arguments += ["--auth", "\(credentials.username):\(credentials.password)"] }
        if !offers8BitMIME { arguments.append("--no-8bitmime") }
        process = try ChildProcess(executable: try pythonExecutable(), arguments: arguments,
                                   environment: ["PYTHONPATH": pythonPath, "PYTHONUNBUFFERED": "1"], logDirectory: directory)
        let process = self.process
        let found = try await poll(for: 30) { () -> Int? in
            if !process.isRunning { return -1 }
            return (try? String(contentsOfFile: portFile, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        guard let found, found > 0 else {
            process.stop()
            throw TestSupportError("aiosmtpd did not start:\n\(process.output)")
        }
        port = found
    }

    /// Messages stored so far, oldest first.
    func messages() throws -> [StoredMessage] {
        let names = try FileManager.default.contentsOfDirectory(atPath: maildir).filter { $0.hasSuffix(".json") }.sorted()
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try names.map { try decoder.decode(StoredMessage.self, from: Data(contentsOf: URL(fileURLWithPath: maildir + "/" + $0))) }
    }

    /// Waits until at least `count` messages are stored.
    func waitForMessages(count: Int, seconds: Double = 10) async throws -> [StoredMessage] {
        try await poll(for: seconds) { () -> [StoredMessage]? in
            let stored = try self.messages()
            return stored.count >= count ? stored : nil
        } ?? self.messages()
    }

    var log: String { process.output }

    func stop() {
        process.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    static let script = #"""
    import signal
    # The spawning thread may have blocked signals; start from a clean mask.
    signal.pthread_sigmask(signal.SIG_SETMASK, set())
    import asyncio, email, itertools, json, os, socket, sys
    from email import policy
    from aiosmtpd.smtp import SMTP, AuthResult

    port_file, maildir = sys.argv[1], sys.argv[2]
    options = sys.argv[3:]
    credentials = None
    if "--auth" in options:
        user, _, password = options[options.index("--auth") + 1].partition(":")
        credentials = (user.encode(), password.encode())
    offers_8bitmime = "--no-8bitmime" not in options
    counter = itertools.count(1)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = credentials is not None and (auth_data.login, auth_data.password) == credentials
        # handled=False makes aiosmtpd answer a failure with "535 5.7.8".
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            local = address.split("@")[0]
            if local == "rejected":
                return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
            if local == "busy":
                return "451 4.3.0 <%s>: Mailbox busy, try again later" % address
            envelope.rcpt_tos.append(address)
            return "250 2.1.5 OK"

        async def handle_DATA(self, server, session, envelope):
            content = envelope.content if isinstance(envelope.content, bytes) else envelope.content.encode("utf-8", "surrogateescape")
            decoded = email.message_from_bytes(content, policy=policy.default)
            raw = email.message_from_bytes(content)
            auth_data = getattr(session, "auth_data", None)
            login = auth_data.login.decode() if isinstance(getattr(auth_data, "login", None), bytes) else None
            record = {
                "mail_from": envelope.mail_from,
                "rcpt_tos": list(envelope.rcpt_tos),
                "mail_options": list(envelope.mail_options),
                "subject": str(decoded["subject"]) if decoded["subject"] is not None else "",
                "body": decoded.get_content(),
                "raw_headers": {k: str(v) for k, v in raw.items()},
                "raw": content.decode("utf-8", "replace"),
                "authenticated_as": login,
            }
            name = "%06d" % next(counter)
            tmp = os.path.join(maildir, name + ".tmp")
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False)
            os.rename(tmp, os.path.join(maildir, name + ".json"))
            return "250 2.0.0 Ok: queued as %s" % name

    def factory():
        return SMTP(Handler(), hostname="inngang-test-smtp", decode_data=not offers_8bitmime,
                    authenticator=authenticator if credentials else None,
                    auth_required=credentials is not None, auth_require_tls=False)

    async def main():
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        server = await asyncio.get_running_loop().create_server(factory, sock=sock)
        with open(port_file + ".tmp", "w") as f:
            f.write(str(sock.getsockname()[1]))
        os.rename(port_file + ".tmp", port_file)
        async with server:
            await server.serve_forever()

    asyncio.run(main())
    """#
}
