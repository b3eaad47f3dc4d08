import NIOCore
import NIOPosix

/// One SMTP client connection: an async facade over the channel pipeline
/// (`SMTPReplyDecoder` → `SMTPClientHandler`). One command at a time.
struct SMTPConnection: Sendable {
    private let channel: any Channel

    private init(channel: any Channel) { self.channel = channel }

    /// Opens a TCP connection; does not read the greeting.
    static func connect(host: String, port: Int, group: any EventLoopGroup, timeout: TimeAmount) async throws -> SMTPConnection {
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .channelOption(.socketOption(.so_reuseaddr), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    try channel.pipeline.syncOperations.addHandler(SMTPClientHandler())
                }
            }
        do {
            return SMTPConnection(channel: try await bootstrap.connect(host: host, port: port).get())
        } catch ChannelError.connectTimeout {
            throw ProviderError(code: .timeout, message: "timed out connecting to the SMTP server")
        } catch {
            throw ProviderError(code: .unavailable, message: "could not connect to the SMTP server (\(type(of: error)))")
        }
    }

    /// Waits for the next reply without sending anything (the greeting).
    func readReply(timeout: TimeAmount) async throws -> SMTPReply {
        try await request(bytes: nil, timeout: timeout)
    }

    /// Sends one command line (CRLF is appended) and waits for its reply.
    func command(_ line: String, timeout: TimeAmount) async throws -> SMTPReply {
        var buffer = channel.allocator.buffer(capacity: line.utf8.count + 2)
        buffer.writeString(line)
        buffer.writeString("\r\n")
        return try await request(bytes: buffer, timeout: timeout)
    }

    /// Sends raw bytes (the dot-stuffed message and its terminating `CRLF.CRLF`) and waits for the reply.
    func send(_ bytes: ByteBuffer, timeout: TimeAmount) async throws -> SMTPReply {
        try await request(bytes: bytes, timeout: timeout)
    }

    func close() async {
        try? await channel.close()
    }

    private func request(bytes: ByteBuffer?, timeout: TimeAmount) async throws -> SMTPReply {
        let reply = channel.eventLoop.makePromise(of: SMTPReply.self)
        // If the channel is already closed the handler never sees the request: fail it here.
        channel.writeAndFlush(SMTPRequest(bytes: bytes, timeout: timeout, reply: reply)).whenFailure { error in
            reply.fail((error as? ProviderError) ?? ProviderError(code: .unavailable, message: "SMTP connection is closed"))
        }
        return try await reply.futureResult.get()
    }
}
