import Foundation
import InngangService
import Logging
import Testing

@Suite struct LoggingTests {
    @Test func jsonLinesCarryLevelServiceMessageAndMetadata() throws {
        let pipe = Pipe()
        var logger = Logger(label: "inngang") { _ in
            InngangLogHandler(label: "intake", level: .info, format: .json, output: LogOutput(handle: pipe.fileHandleForWriting))
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

@Suite struct TextLoggingTests {
    @Test func textLinesAreReadableWithSortedMetadata() throws {
        let pipe = Pipe()
        let logger = Logger(label: "inngang") { _ in
            InngangLogHandler(label: "klage", level: .info, format: .text, output: LogOutput(handle: pipe.fileHandleForWriting))
        }
        logger.warning("appeal late", metadata: ["b": "2", "a": "1"])
        try pipe.fileHandleForWriting.close()
        let line = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(line.contains("WARNING [klage] appeal late a=1 b=2"))
        #expect(line.hasSuffix("\n"))
    }
}
