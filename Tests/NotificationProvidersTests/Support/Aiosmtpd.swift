import Foundation

/// Makes `aiosmtpd` (from PyPI) importable for the SMTP tests, installing it with pip into
/// `<repo>/.local/py-aiosmtpd` (or `INNGANG_TEST_AIOSMTPD_DIR`) when missing. Failing to install
/// fails the tests: they must not be skipped.
enum Aiosmtpd {
    private static let installation = Installation()

    /// The `PYTHONPATH` entry that provides `aiosmtpd`.
    static func ensureInstalled() async throws -> String {
        try await installation.ensure()
    }

    private actor Installation {
        private var installing: Task<String, any Error>?

        /// One installation per process; concurrent callers await the same one.
        func ensure() async throws -> String {
            if let installing { return try await installing.value }
            let task = Task { try await Self.install() }
            installing = task
            return try await task.value
        }

        private static func install() async throws -> String {
            let python = try pythonExecutable()
            let directory = ProcessInfo.processInfo.environment["INNGANG_TEST_AIOSMTPD_DIR"] ?? repositoryRoot + "/.local/py-aiosmtpd"
            if try await importable(python, directory) { return directory }
            // Install beside the target and move it into place, so a concurrent run never sees half an install.
            let staging = directory + ".staging-\(UUID().uuidString.prefix(8))"
            defer { try? FileManager.default.removeItem(atPath: staging) }
            let pip = try await ChildProcess.run(python, [
                "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input", "--target", staging, "aiosmtpd",
            ])
            guard pip.status == 0 else {
                throw TestSupportError("pip could not install aiosmtpd (exit \(pip.status)):\n\(pip.output)")
            }
            if !(try await importable(python, directory)) {
                try? FileManager.default.removeItem(atPath: directory)
                try FileManager.default.createDirectory(atPath: (directory as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try FileManager.default.moveItem(atPath: staging, toPath: directory)
            }
            guard try await importable(python, directory) else {
                throw TestSupportError("aiosmtpd is still not importable from \(directory) after installing it")
            }
            return directory
        }

        private static func importable(_ python: String, _ directory: String) async throws -> Bool {
            guard FileManager.default.fileExists(atPath: directory) else { return false }
            return try await ChildProcess.run(python, ["-c", "import aiosmtpd.smtp"], environment: ["PYTHONPATH": directory]).status == 0
        }
    }
}
