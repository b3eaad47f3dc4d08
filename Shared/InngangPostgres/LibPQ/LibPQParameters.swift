/// Text-format statement parameters as the C arrays libpq expects.
enum LibPQParameters {
    /// Calls `body` with a `paramValues` array (NUL-terminated UTF-8, `nil` for SQL NULL) and its
    /// count. All values share one temporary buffer (on the stack when small): no allocation per value.
    /// A value is cut at an embedded NUL, as libpq's text format requires.
    static func withValues<R>(
        _ values: [String?],
        _ body: (UnsafePointer<UnsafePointer<CChar>?>?, Int32) throws -> R
    ) rethrows -> R {
        guard !values.isEmpty else { return try body(nil, 0) }
        let byteCount = values.reduce(0) { $0 + ($1.map { $0.utf8.count + 1 } ?? 0) }
        return try withUnsafeTemporaryAllocation(of: CChar.self, capacity: max(byteCount, 1)) { bytes in
            try withUnsafeTemporaryAllocation(of: UnsafePointer<CChar>?.self, capacity: values.count) { pointers in
                var offset = 0
                for (index, value) in values.enumerated() {
                    guard let value else {
                        pointers.initializeElement(at: index, to: nil)
                        continue
                    }
                    let start = bytes.baseAddress! + offset
                    offset += copy(value, to: start)
                    pointers.initializeElement(at: index, to: UnsafePointer(start))
                }
                // CChar and pointers are trivial types: nothing to deinitialize.
                return try body(UnsafePointer(pointers.baseAddress), Int32(values.count))
            }
        }
    }

    /// Writes `value`'s UTF-8 and a NUL to `destination`; returns the bytes written.
    private static func copy(_ value: String, to destination: UnsafeMutablePointer<CChar>) -> Int {
        let utf8 = value.utf8
        let count = utf8.count
        let copied: Bool = utf8.withContiguousStorageIfAvailable { source in
            if let base = source.baseAddress, count > 0 {
                UnsafeMutableRawPointer(destination).copyMemory(from: base, byteCount: count)
            }
            return true
        } ?? false
        if !copied {
            for (index, byte) in utf8.enumerated() { destination[index] = CChar(bitPattern: byte) }
        }
        destination[count] = 0
        return count + 1
    }
}
