import Foundation
import Hummingbird

extension Request {
    /// Decodes a JSON body, turning decoding failures into a 400 problem that names the field by
    /// its path but never echoes the value (Hummingbird's own message can quote the input).
    public func decodeBody<T: Decodable>(as type: T.Type, context: InngangRequestContext) async throws -> T {
        let buffer = try await self.body.collect(upTo: context.maxUploadSize)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw ProblemDetails.badRequest(ProblemMiddleware<InngangRequestContext>.describe(error))
        }
    }
}
