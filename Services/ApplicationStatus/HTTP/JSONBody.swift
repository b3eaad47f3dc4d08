import Foundation
import Hummingbird
import InngangModels

/// JSON responses of this API: encoded with `EventJSON.encoder` (sorted keys, dates as RFC 3339
/// UTC, `LocalDate` as `YYYY-MM-DD`, absent optionals left out).
enum JSONBody {
    static func encode(_ value: some Encodable) throws -> Data {
        try EventJSON.encoder.encode(value)
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        response(bytes: try encode(value), status: status)
    }

    static func response(bytes: some Sequence<UInt8>, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
