import NIOCore

/// A command for the server (or nothing, to await the greeting) and the promise for its reply.
struct SMTPRequest: Sendable {
    /// Bytes to send; `nil` only waits for the next reply (the 220 greeting).
    var bytes: ByteBuffer?
    /// How long to wait for the reply once the request is written.
    var timeout: TimeAmount
    var reply: EventLoopPromise<SMTPReply>
}

/// Matches replies to requests in order, enforces each request's reply timeout and fails every
/// outstanding request when the connection closes or breaks. After the first failure the
/// connection is closed and later requests fail at once.
final class SMTPClientHandler: ChannelDuplexHandler {
    typealias InboundIn = SMTPReply
    typealias OutboundIn = SMTPRequest
    typealias OutboundOut = ByteBuffer

    private struct Waiter {
        var promise: EventLoopPromise<SMTPReply>
        var timeout: Scheduled<Void>?
    }

    private var waiters = CircularBuffer<Waiter>()
    /// Replies that arrived before anyone asked (the greeting can beat the first request).
    private var unclaimed = CircularBuffer<SMTPReply>()
    private var failure: ProviderError?

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        if let failure {
            request.reply.fail(failure)
            promise?.fail(failure)
            return
        }
        if let reply = unclaimed.popFirst() {
            request.reply.succeed(reply)
        } else {
            let timeoutTask = context.eventLoop.assumeIsolated().scheduleTask(in: request.timeout) { [weak self] () -> Void in
                guard let self else { return }
                self.fail(context: context, with: ProviderError(code: .timeout, message: "SMTP server did not reply in time"))
            }
            waiters.append(Waiter(promise: request.reply, timeout: timeoutTask))
        }
        if let bytes = request.bytes {
            context.writeAndFlush(wrapOutboundOut(bytes), promise: promise)
        } else {
            promise?.succeed()
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let reply = unwrapInboundIn(data)
        guard let waiter = waiters.popFirst() else {
            unclaimed.append(reply)
            return
        }
        waiter.timeout?.cancel()
        waiter.promise.succeed(reply)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(with: ProviderError(code: .unavailable, message: "SMTP connection closed by the server"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let providerError: ProviderError
        switch error {
        case is SMTPReplyParser.MalformedReply, is SMTPReplyDecoder.LineTooLong:
            providerError = ProviderError(code: .unavailable, message: "SMTP server sent a malformed reply")
        default:
            providerError = ProviderError(code: .unavailable, message: "SMTP connection failed (\(type(of: error)))")
        }
        fail(context: context, with: providerError)
    }

    private func fail(context: ChannelHandlerContext, with error: ProviderError) {
        failAll(with: error)
        context.close(promise: nil)
    }

    private func failAll(with error: ProviderError) {
        if failure == nil { failure = error }
        while let waiter = waiters.popFirst() {
            waiter.timeout?.cancel()
            waiter.promise.fail(error)
        }
    }
}
