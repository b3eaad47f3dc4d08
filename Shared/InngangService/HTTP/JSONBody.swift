import Foundation
import Hummingbird
import InngangModels

/// JSON responses of the Inngang APIs: encoded with `EventJSON.encoder` (sorted keys, instants as
/// RFC 3339 UTC, `LocalDate` as `YYYY-MM-DD`, absent optionals left out), so an answer replayed
/// from stored bytes is identical to the first.
public enum JSONBody {
    public static func encode(_ value: some Encodable) throws -> Data {
        try EventJSON.encoder.encode(value)
    }

    public static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        response(bytes: try encode(value), status: status)
    }

    public static func response(bytes: some Sequence<UInt8>, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
