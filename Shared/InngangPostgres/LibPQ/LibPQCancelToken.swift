import CLibPQ

/// Owns a `PGcancel`; `cancel()` may be called from any thread (libpq documents it as thread-safe).
final class LibPQCancelToken: @unchecked Sendable {
    private let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        PQfreeCancel(pointer)
    }

    /// Asks the server to cancel the statement running on the connection (blocking, opens a short
    /// connection). Returns libpq's error text when the request could not be sent.
    @discardableResult
    func cancel() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        let sent = PQcancel(pointer, &buffer, Int32(buffer.count))
        guard sent != 1 else { return nil }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
