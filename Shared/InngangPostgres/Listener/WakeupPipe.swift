#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A self-pipe that lets another thread interrupt a `poll()`. Both ends are non-blocking.
/// The owning thread calls `release()` when done; `signal()` after that is a no-op.
final class WakeupPipe: Sendable {
    private struct Descriptors {
        var read: Int32
        var write: Int32
        var released = false
    }

    private let descriptors: Mutex<Descriptors>
    /// The end to poll for `POLLIN`. Valid until `release()`.
    let readDescriptor: Int32

    init() throws {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            throw PostgresError(code: .connectionFailure, message: "could not create a wake-up pipe (errno \(errno))")
        }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = fds[0]
        descriptors = Mutex(Descriptors(read: fds[0], write: fds[1]))
    }

    func signal() {
        descriptors.withLock { descriptors in
            guard !descriptors.released else { return }
            var byte: UInt8 = 1
            _ = write(descriptors.write, &byte, 1)
        }
    }

    /// Empties the pipe after `poll()` reported it readable.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
    }

    func release() {
        descriptors.withLock { descriptors in
            guard !descriptors.released else { return }
            descriptors.released = true
            close(descriptors.read)
            close(descriptors.write)
        }
    }
}
