import Foundation

/// A local stand-in for the SMS gateway's documented contract (Python `http.server`).
///
/// The first path segment picks the behaviour, so a test sets `baseURL` to
/// `http://127.0.0.1:<port>/<scenario>/v1`: `ok` → 202 `{"id": "gw-<reference>"}`,
/// `duplicate` → 409 `{"id": "gw-<reference>"}`, `invalid` → 400 `{"code": "invalid-recipient"}`, `busy` → 503, `ratelimited` → 429,
/// `hang` → never answers. Any request without `Authorization: Bearer test-api-key` gets 401.
/// Every request is recorded (method, path, headers, body) before it is answered.
final class TestSMSGateway {
    static let apiKey = "test-api-key"

    struct RecordedRequest: Decodable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: String
    }

    let port: Int
    private let process: ChildProcess
    private let directory: String
    private let requestLog: String

    init() async throws {
        directory = try makeTemporaryDirectory("inngang-sms")
        let script = directory + "/sms_gateway.py"
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        let portFile = directory + "/port"
        requestLog = directory + "/requests.jsonl"
        process = try ChildProcess(executable: try pythonExecutable(), arguments: [script, portFile, requestLog, Self.apiKey],
                                   environment: ["PYTHONUNBUFFERED": "1"], logDirectory: directory)
        let process = self.process
        let found = try await poll(for: 30) { () -> Int? in
            if !process.isRunning { return -1 }
            return (try? String(contentsOfFile: portFile, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        guard let found, found > 0 else {
            process.stop()
            throw TestSupportError("SMS gateway stand-in did not start:\n\(process.output)")
        }
        port = found
    }

    func baseURL(scenario: String) -> String { "http://127.0.0.1:\(port)/\(scenario)/v1" }

    func requests() throws -> [RecordedRequest] {
        guard let text = try? String(contentsOfFile: requestLog, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(RecordedRequest.self, from: Data($0.utf8)) }
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
    import json, os, sys, threading, time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    port_file, request_log, api_key = sys.argv[1], sys.argv[2], sys.argv[3]
    lock = threading.Lock()

    class Gateway(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, status, payload):
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            record = {"method": self.command, "path": self.path,
                      "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body.decode("utf-8")}
            with lock, open(request_log, "a", encoding="utf-8") as f:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
            scenario = self.path.strip("/").split("/")[0]
            if self.path != "/%s/v1/messages" % scenario:
                return self.reply(404, {"code": "not-found"})
            if self.headers.get("Authorization") != "Bearer " + api_key:
                return self.reply(401, {"code": "unauthorized"})
            try:
                message = json.loads(body)
                to, text, reference = message["to"], message["text"], message["reference"]
            except Exception:
                return self.reply(400, {"code": "invalid-request"})
            if scenario == "ok":
                return self.reply(202, {"id": "gw-" + reference})
            if scenario == "duplicate":
                return self.reply(409, {"id": "gw-" + reference})
            if scenario == "invalid":
                return self.reply(400, {"code": "invalid-recipient", "message": "%s cannot receive SMS" % to})
            if scenario == "busy":
                return self.reply(503, {"code": "maintenance"})
            if scenario == "ratelimited":
                return self.reply(429, {"code": "too-many-requests"})
            if scenario == "hang":
                time.sleep(120)
                return
            return self.reply(404, {"code": "unknown-scenario"})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Gateway)
    server.daemon_threads = True
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)
    server.serve_forever()
    """#
}
