import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import InngangModels

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

    func post(_ path: String, token: String?, json body: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("POST", path, token: token, body: Data(body.utf8), headers: headers)
    }

    func send(_ method: String, _ path: String, token: String?, body: Data?, headers: [String: String]) async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.timeoutInterval = 20
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields { headers["\(name)".lowercased()] = "\(value)" }
        let json = (try? JSONDecoder().decode(JSONValue.self, from: data)) ?? .null
        return Reply(status: http.statusCode, json: json, contentType: http.value(forHTTPHeaderField: "Content-Type"),
                     headers: headers, text: String(decoding: data, as: UTF8.self))
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
