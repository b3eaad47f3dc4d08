import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InngangService
import Testing

@Suite struct HTTPBehaviourTests {
    struct Echo: ResponseEncodable { var kind: String }

    func makeApp(ready: Bool = true) async throws -> (some ApplicationProtocol, TestIssuer) {
        let keys = try TestIssuer()
        let verifier = try await TokenVerifier(configuration: keys.auth)
        let health = HealthRoutes(checks: [
            ReadinessCheck(name: "database") { if !ready { throw CancellationError() } },
        ], state: ReadinessState())
        let router = InngangRouter.make(verifier: verifier, health: health, metrics: nil)
        router.get("/whoami") { _, context -> Echo in
            Echo(kind: try context.requireCaller().kind.rawValue)
        }
        router.get("/boom") { _, _ -> Echo in throw CocoaError(.fileNoSuchFile) }
        struct Body: Decodable { var name: String }
        router.post("/decode") { request, context -> Echo in
            _ = try await request.decodeBody(as: Body.self, context: context)
            return Echo(kind: "ok")
        }
        return (Application(router: router), keys)
    }

    func problem(_ response: TestResponse) -> ProblemDetails? {
        #expect(response.headers[.contentType] == "application/problem+json")
        return try? JSONDecoder().decode(ProblemDetails.self, from: Data(buffer: response.body))
    }

    @Test func unknownRouteIsProblemJSON404() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/nope", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(problem(response)?.status == 404)
            }
        }
    }

    @Test func missingTokenIs401AndValidTokenAuthenticates() async throws {
        let (app, keys) = try await makeApp()
        let token = try await keys.issuer.employeeToken(subject: "e1", service: "ppt", roles: ["caseworker"])
        try await app.test(.router) { client in
            try await client.execute(uri: "/whoami", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(problem(response)?.type.hasSuffix("/unauthorized") == true)
            }
            try await client.execute(uri: "/whoami", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("employee"))
            }
            try await client.execute(uri: "/whoami", method: .get, headers: [.authorization: "Bearer x.y.z"]) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func unexpectedErrorIs500WithRequestIDAndNoInternalText() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/boom", method: .get, headers: [HTTPField.Name("X-Request-Id")!: "req-123"]) { response in
                #expect(response.status == .internalServerError)
                #expect(response.headers[HTTPField.Name("X-Request-Id")!] == "req-123")
                let body = problem(response)
                #expect(body?.detail?.contains("req-123") == true)
                #expect(body?.detail?.contains("fileNoSuchFile") == false)
            }
        }
    }

    @Test func badJSONIs400NamingTheFieldNotTheValue() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/decode", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"name": 12345678901}"#)) { response in
                #expect(response.status == .badRequest)
                let body = problem(response)
                #expect(body?.detail?.contains("/name") == true)
                #expect(body?.detail?.contains("12345678901") == false)
            }
        }
    }

    @Test func malformedRequestIDIsReplaced() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get, headers: [HTTPField.Name("X-Request-Id")!: "bad id\nInjected: 1"]) { response in
                #expect(response.status == .ok)
                let id = response.headers[HTTPField.Name("X-Request-Id")!]
                #expect(id != nil && id?.contains(" ") == false)
            }
        }
    }

    @Test func readinessFailsWhenADependencyIsDown() async throws {
        let (app, _) = try await makeApp(ready: false)
        try await app.test(.router) { client in
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("\"database\":\"unavailable\""))
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
