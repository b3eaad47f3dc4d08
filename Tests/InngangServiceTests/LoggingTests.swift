import Foundation
import InngangService
import Logging
import Testing

@Suite struct LoggingTests {
    @Test func jsonLinesCarryLevelServiceMessageAndMetadata() throws {
        let pipe = Pipe()
        var logger = Logger(label: "inngang") { _ in
            JSONLogHandler(label: "intake", level: .info, output: LogOutput(handle: pipe.fileHandleForWriting))
        }
        logger[metadataKey: LogKey.requestID] = "req-1"
        logger.debug("below the level")
        logger.info("case received", metadata: [LogKey.caseID: "c-1"])
        try pipe.fileHandleForWriting.close()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["level"] as? String == "info")
        #expect(object["service"] as? String == "intake")
        #expect(object["message"] as? String == "case received")
        #expect(object["request.id"] as? String == "req-1")
        #expect(object["case.id"] as? String == "c-1")
        #expect(object["time"] is String)
    }
}
