import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends whole lines to a file so that concurrent writers never interleave: each line is one
/// `write(2)` on a descriptor opened with `O_APPEND` (atomic positioning for every writer, also
/// across processes), and in this process one lock serialises all appends. Blocking calls;
/// run them off the cooperative pool.
struct AppendOnlyFile: Sendable {
    struct WriteFailure: Error {
        var operation: String
        var errno: Int32
    }

    /// One lock for every sink in the process (two sinks may share a file).
    private static let lock = Mutex(())

    let path: String

    /// Creates the parent directories when missing.
    func prepare() throws {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let code = underlying?.domain == NSPOSIXErrorDomain ? Int32(underlying?.code ?? Int(EIO)) : EIO
            throw WriteFailure(operation: "create the directory of", errno: code)
        }
    }

    func append(line: [UInt8]) throws {
        try Self.lock.withLock { _ in
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
            guard descriptor >= 0 else { throw WriteFailure(operation: "open", errno: errno) }
            defer { close(descriptor) }
            let written = line.withUnsafeBytes { bytes -> Int in
                var result: Int
                repeat {
                    result = write(descriptor, bytes.baseAddress, bytes.count)
                } while result < 0 && errno == EINTR
                return result
            }
            guard written == line.count else { throw WriteFailure(operation: "write", errno: written < 0 ? errno : EIO) }
        }
    }
}
