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
    let text = "Amy will say \"hello\"\u{01}\tto\u{2028}a friend\u{85} 👋 for £2."
    let record = InputRecord(source: "t", line: 1, idJSON: "1", text: Array(text.utf8))
    let object = try line(for: record)
    #expect(object["text"] as? String == text)
    // Every line end a reader might split on is escaped, so the record is one line.
    let rendered = String(
      decoding: JSONLinesReporter().rendered(
        try Analyzer(engine: TestEngine.shared).analyze(record)),
      as: UTF8.self)
    #expect(
      rendered.unicodeScalars.dropLast().allSatisfy {
        !"\n\r\u{85}\u{2028}".unicodeScalars.contains($0)
      })
    #expect(rendered.contains("\\u0085") && rendered.contains("£2"))
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

  /// Found by the reporters' fuzz target (kept in Tests/Fuzz/regressions): a
  /// field passed through as written held what JSON does not allow (a lone
  /// surrogate, a bad escape, a number with a leading zero or no digits after
  /// its point, one past a double's range), so the record it went into did not
  /// parse. Such a line is now an error record, which does.
  @Test func fieldsJSONDoesNotAllowMakeAnErrorRecord() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "Fuzz/regressions/report-raw-json-passthrough.jsonl")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 8)
    for (index, line) in lines.enumerated() {
      let record = RecordDecoder(format: .jsonl).decode(
        Array(line.utf8), line: index + 1, source: "in.jsonl")
      let object = try self.line(for: record)
      #expect((object["error"] as? String)?.hasPrefix("invalid JSON") == true, "\(line)")
    }
  }

  /// Found by the reporters' fuzz target (kept in Tests/Fuzz/regressions): a
  /// field passed through as written kept a CR between its tokens, or a
  /// U+2028 in a string, which readers take for the end of a line.
  @Test func fieldsWithLineBreaksStayOnTheRecordsLine() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "Fuzz/regressions/report-line-break-in-field.jsonl")
    let bytes = try Array(Data(contentsOf: url).dropLast())
    let record = RecordDecoder(format: .jsonl).decode(bytes, line: 1, source: "in.jsonl")
    let rendered = JSONLinesReporter().rendered(
      try Analyzer(engine: TestEngine.shared).analyze(record))
    #expect(!rendered.dropLast().contains(0x0D) && !rendered.dropLast().contains(0x0A))
    #expect(
      !String(decoding: rendered, as: UTF8.self).contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
    let object = try self.line(for: record)
    #expect((object["a"] as? [Any])?.count == 2 && object["b"] as? String == "x\u{2028}y\u{2029}z")
  }

  @Test func passedThroughNextLineIsEscaped() throws {
    let line = "{\"text\": \"Amy will read.\", \"note\": \"a\u{85}b\"}"
    let record = RecordDecoder(format: .jsonl).decode(Array(line.utf8), line: 1, source: "f")
    #expect(record.passthrough.map(\.json) == [#""a\u0085b""#])
    let object = try self.line(for: record)
    #expect(object["note"] as? String == "a\u{85}b")
  }

  @Test func fieldsJSONAllowsPassThroughUntouched() throws {
    let line =
      #"{"id": "\ud83d\ude00", "text": "Amy will read.", "n": [-0, 0.5e-3, 1E+2, 10, 1e-999], "s": "\/\b\f\u00e9"}"#
    let record = RecordDecoder(format: .jsonl).decode(Array(line.utf8), line: 1, source: "f")
    #expect(record.error == nil)
    #expect(
      record.passthrough.map(\.json) == [#"[-0, 0.5e-3, 1E+2, 10, 1e-999]"#, #""\/\b\f\u00e9""#])
    let object = try self.line(for: record)
    #expect(object["id"] as? String == "😀" && object["s"] as? String == "/\u{08}\u{0C}é")
  }
}
