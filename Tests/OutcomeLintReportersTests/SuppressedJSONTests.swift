import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintTestSupport
import Testing

/// Suppressed findings in the JSON Lines record, and the baseline's schema.
@Suite struct SuppressedJSONTests {
  @Test func suppressedFindingsAreListedWithTheirReason() throws {
    let record = RecordDecoder(format: .text).decode(
      Array("Zoë will read her SALT notes. # outcomelint: ignore jargon -- the family's word".utf8),
      line: 1, source: "in.txt")
    var output = OutputBuffer(handle: nil)
    JSONLinesReporter().render(
      try Analyzer(engine: TestEngine.shared).analyze(record), into: &output)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.bytes)) as? [String: Any])
    #expect(object["text"] as? String == "Zoë will read her SALT notes.")
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(!findings.contains { $0["rule"] as? String == "jargon" })
    let suppressed = try #require(object["suppressed"] as? [[String: Any]])
    #expect(suppressed.count == 1)
    #expect(suppressed.first?["rule"] as? String == "jargon")
    #expect(suppressed.first?["match"] as? String == "SALT")
    #expect(suppressed.first?["start"] as? Int == 19)
    #expect(suppressed.first?["char_start"] as? Int == 18)
    #expect(suppressed.first?["reason"] as? String == "the family's word")
  }

  @Test func everyAnalysedRecordHasASuppressedList() throws {
    let record = InputRecord(source: "t", line: 1, idJSON: "1", text: Array("Amy will read.".utf8))
    var output = OutputBuffer(handle: nil)
    JSONLinesReporter().render(
      try Analyzer(engine: TestEngine.shared).analyze(record), into: &output)
    #expect(output.text.contains(#""suppressed":[]"#))
  }

  @Test func baselineSchemaIsTheRecordSchema() {
    #expect(Baseline.schemaVersion == JSONLinesReporter.schemaVersion)
  }
}
