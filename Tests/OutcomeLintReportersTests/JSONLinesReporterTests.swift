import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintTestSupport
import Testing

/// The JSONL contract: one valid object per record, escaped text, fields kept.
@Suite struct JSONLinesReporterTests {
  private func line(for record: InputRecord) throws -> [String: Any] {
    let analyzer = try Analyzer(engine: TestEngine.shared)
    let reporter = JSONLinesReporter()
    var output = OutputBuffer(handle: nil)
    reporter.render(analyzer.analyze(record), into: &output)
    #expect(output.text.hasSuffix("}\n") && output.text.filter { $0 == "\n" }.count == 1)
    let object = try JSONSerialization.jsonObject(with: Data(output.bytes))
    return try #require(object as? [String: Any])
  }

  @Test func controlCharactersAndQuotesAreEscaped() throws {
    let text = "Amy will say \"hello\"\u{01}\tto\u{2028}a friend 👋."
    let record = InputRecord(source: "t", line: 1, idJSON: "1", text: Array(text.utf8))
    let object = try line(for: record)
    #expect(object["text"] as? String == text)
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.allSatisfy { ($0["char_end"] as? Int ?? 0) <= text.unicodeScalars.count })
  }

  @Test func collidingInputFieldsMoveUnderInput() throws {
    let record = InputRecord(
      source: "t", line: 3, idJSON: "\"x\"", text: Array("Amy will read.".utf8),
      passthrough: [(key: "grade", json: "\"Y5\""), (key: "area", json: "null")])
    let object = try line(for: record)
    #expect(object["grade"] as? String != "Y5")
    #expect((object["input"] as? [String: Any])?["grade"] as? String == "Y5")
    #expect(object.keys.contains("area"))
  }

  @Test func errorRecordKeepsItsPlace() throws {
    let record = InputRecord(source: "f.txt", line: 9, idJSON: "9", error: "invalid UTF-8")
    let object = try line(for: record)
    #expect(object["error"] as? String == "invalid UTF-8")
    #expect(object["line"] as? Int == 9 && object["schema"] as? Int == 1)
  }
}
