import AsyncHTTPClient
import Foundation
import InngangModels
import NIOCore

/// What covered a referral, as the consent service answered: `consent`, `legal-basis` or `mixed`
/// (some receiving services by each), with the consent and legal-basis ids relied on.
struct ConsentCoverage: Sendable, Equatable {
    var basis: String
    var ids: [String]
}

/// Asks the consent service whether a referral is covered: `POST {INNGANG_CONSENT_URL}/v1/referral-coverage`
/// with the referring employee's own bearer token (the consent service takes the referring service
/// from it), `X-Request-Id` passed on. Deny when unsure: no answer in time, a 5xx, or an answer
/// that does not read is ``Answer/unavailable``; any other non-200 is ``Answer/refused``.
///
/// Uses AsyncHTTPClient (SwiftNIO), not URLSession: libcurl's global TLS/GSSAPI state has crashed
/// processes at exit.
struct ConsentCoverageClient: Sendable {
    let baseURL: URL
    let timeout: TimeInterval

    enum Answer: Sendable, Equatable {
        case covered(ConsentCoverage)
        /// `reason` is the consent check's deny reason; `service` the first receiving service not covered.
        case notCovered(reason: String, service: String?)
        /// The consent service refused the question itself (e.g. 403 for the token, 422).
        case refused(status: Int)
        case unavailable
    }

    struct Question: Encodable, Sendable {
        var child: String
        var to: [ServiceCode]
        var categories: [String]
        var purpose: String
    }

    private struct Reply: Decodable {
        var covered: Bool
        var basis: String?
        var ids: [String]?
        var reason: String?
        var service: String?
    }

    func coverage(_ question: Question, bearerToken: String, requestID: String?) async -> Answer {
        var request = HTTPClientRequest(url: baseURL.appendingPathComponent("v1/referral-coverage").absoluteString)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer " + bearerToken)
        if let requestID { request.headers.add(name: "X-Request-Id", value: requestID) }
        do {
            request.body = .bytes(ByteBuffer(bytes: try EventJSON.encoder.encode(question)))
            let response = try await HTTPClient.shared.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            let body = try await response.body.collect(upTo: 1 << 20)
            let status = Int(response.status.code)
            guard status == 200 else { return status >= 500 ? .unavailable : .refused(status: status) }
            let reply = try JSONDecoder().decode(Reply.self, from: Data(body.readableBytesView))
            if reply.covered {
                guard let basis = reply.basis, ["consent", "legal-basis", "mixed"].contains(basis) else { return .unavailable }
                return .covered(ConsentCoverage(basis: basis, ids: reply.ids ?? []))
            }
            return .notCovered(reason: reply.reason ?? "not-covered", service: reply.service)
        } catch {
            return .unavailable
        }
    }
}
