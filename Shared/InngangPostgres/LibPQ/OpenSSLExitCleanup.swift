#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Keeps OpenSSL from tearing itself down while the process exits.
///
/// libpq computes SCRAM-SHA-256 (and TLS) with the system OpenSSL. OpenSSL 3, the first time it
/// initialises, registers `OPENSSL_cleanup` with `atexit`; at `exit()` that frees OpenSSL's locks
/// and tables while other threads may still be using them. A process that ends — after a graceful
/// shutdown, or a test run finishing — while any thread is opening a connection (a pool replacing
/// one, a listener reconnecting) then dies with SIGSEGV inside `pthread_rwlock_*lock`, called from
/// libpq's SCRAM exchange. (Reproduced: four threads connecting in a loop, `exit(0)` after 50–100 ms,
/// crashed 7 of 30 runs; with this in place, none.)
///
/// Initialising OpenSSL first with `OPENSSL_INIT_NO_ATEXIT` keeps that state alive until the kernel
/// reclaims the process. It must run before anything else initialises OpenSSL in the process, so
/// `LibPQConnection.connect` touches `installed` before the first `PQconnectdbParams`. The symbol is
/// looked up at run time in the libcrypto that libpq loaded, so no OpenSSL headers are needed; when
/// libpq was built without OpenSSL there is nothing to do.
enum OpenSSLExitCleanup {
    /// `OPENSSL_INIT_NO_ATEXIT` from OpenSSL 3's `crypto.h`.
    static let noAtExitFlag: UInt64 = 0x0008_0000

    /// True when OpenSSL was found and initialised without its exit handler. Evaluated once.
    static let installed: Bool = {
        #if os(Linux)
        typealias InitCrypto = @convention(c) (UInt64, UnsafeRawPointer?) -> Int32
        // A nil handle is RTLD_DEFAULT on glibc and musl: search every library loaded so far.
        guard let symbol = dlsym(nil, "OPENSSL_init_crypto") else { return false }
        let initCrypto = unsafeBitCast(symbol, to: InitCrypto.self)
        return initCrypto(noAtExitFlag, nil) == 1
        #else
        return false
        #endif
    }()
}
