import AsyncHTTPClient
import Foundation
import InngangModels
import NIOCore
import NIOHTTP1

/// A JSON-over-HTTP client for one service on the loopback interface.
struct JSONClient: Sendable {
    struct Reply: Sendable {
        var status: Int
        var json: JSONValue
        var contentType: String?
        var headers: [String: String]
        var text: String
    }

    let port: Int

    func get(_ path: String, token: String?) async throws -> Reply {
        try await send("GET", path, token: token, body: nil, headers: [:])
    }

    /// POSTs `body`. Like a real client, it sends a new `Idempotency-Key` with every request unless
    /// `headers` carries one (a retry) or `idempotencyKey` is false (to test that it is required).
    func post(_ path: String, token: String?, json body: String, headers: [String: String] = [:], idempotencyKey: Bool = true) async throws -> Reply {
        var headers = headers
        if idempotencyKey, !headers.keys.contains(where: { $0.lowercased() == "idempotency-key" }) {
            headers["Idempotency-Key"] = UUID().uuidString
        }
        return try await send("POST", path, token: token, body: Data(body.utf8), headers: headers)
    }

    /// With AsyncHTTPClient (SwiftNIO), not URLSession (libcurl's global state has crashed the
    /// test process at exit).
    func send(_ method: String, _ path: String, token: String?, body: Data?, headers: [String: String]) async throws -> Reply {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = HTTPMethod(rawValue: method)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body {
            request.body = .bytes(ByteBuffer(bytes: body))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(20))
        let bytes = try await response.body.collect(upTo: 16 << 20)
        let data = Data(bytes.readableBytesView)
        var replyHeaders: [String: String] = [:]
        for header in response.headers { replyHeaders[header.name.lowercased()] = header.value }
        let json = (try? JSONDecoder().decode(JSONValue.self, from: data)) ?? .null
        return Reply(status: Int(response.status.code), json: json, contentType: response.headers.first(name: "Content-Type"),
                     headers: replyHeaders, text: String(decoding: data, as: UTF8.self))
    }
}

/// Polls `condition` until it returns a value or `timeout` passes (the services are eventually
/// consistent through Kafka; a deadline, not a fixed sleep).
func eventually<T: Sendable>(within timeout: Duration, every interval: Duration = .milliseconds(250),
                             _ condition: @Sendable () async throws -> T?) async throws -> T? {
    let deadline = ContinuousClock.now + timeout
    while true {
        if let value = try await condition() { return value }
        if ContinuousClock.now > deadline { return nil }
        try await Task.sleep(for: interval)
    }
}
