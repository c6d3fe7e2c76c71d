import Foundation
import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// Baselines: written from a run's findings, read back, matched by record id,
/// rule and matched text; other versions and malformed files are errors.
@Suite struct BaselineTests {
  private func temporaryFile(_ contents: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baseline-\(UUID().uuidString).jsonl")
    try Data(contents.utf8).write(to: url)
    return url.path
  }

  private func record(_ text: String, id: String = "\"p1\"") -> InputRecord {
    InputRecord(source: "plan.jsonl", line: 1, idJSON: id, text: Array(text.utf8))
  }

  private func analyze(_ record: InputRecord, baseline: Baseline?) throws -> OutcomeReport {
    let analyzer = try Analyzer(engine: TestEngine.shared.with(baseline: baseline))
    guard case .analyzed(_, let report) = analyzer.analyze(record) else {
      throw BaselineError(file: "test", message: "not analysed")
    }
    return report
  }

  @Test func writtenFindingsAreNotReportedAgain() throws {
    let old = record("Tom will receive SALT.")
    let first = try analyze(old, baseline: nil)
    #expect(!first.findings.isEmpty)
    let path = try temporaryFile(
      Baseline.header + Baseline.lines(for: .analyzed(old, first)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let baseline = try Baseline(path: path)
    #expect(baseline.count == first.findings.count)

    let again = try analyze(old, baseline: baseline)
    #expect(again.findings.isEmpty)
    #expect(again.baselined.count == first.findings.count)
    #expect(again.score.grade == .outstanding)

    let otherRecord = try analyze(
      record("Tom will receive SALT.", id: "\"p2\""), baseline: baseline)
    #expect(otherRecord.findings.count == first.findings.count)

    let edited = try analyze(record("Tom will receive SALT and OT."), baseline: baseline)
    #expect(
      edited.findings.contains {
        $0.rule == "jargon" && edited.outcome.document.text($0.span) == "OT"
      })
    #expect(!edited.findings.contains { $0.rule == "provision-as-outcome" })
  }

  @Test func eachBaselineLineMatchesOneFinding() throws {
    let path = try temporaryFile(
      Baseline.header
        + #"{"id":"p1","source":"plan.jsonl","line":1,"rule":"jargon","match":"SALT"}"# + "\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let report = try analyze(
      record("Tom will ask his SALT and read SALT notes."), baseline: try Baseline(path: path))
    #expect(report.baselined.count == 1)
    #expect(report.findings.filter { $0.rule == "jargon" }.count == 1)
  }

  @Test func baselineWrittenForAnotherSchemaIsAnError() throws {
    let path = try temporaryFile(#"{"kind":"outcomelint-baseline","schema":2}"# + "\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect {
      try Baseline(path: path)
    } throws: { error in
      let description = String(describing: error)
      return description.hasPrefix("\(path):1: ") && description.contains("schema 2")
        && description.contains("--write-baseline")
    }
  }

  @Test(arguments: [
    ("", "empty file"),
    ("{\"findings\": []}\n", "not a baseline"),
    ("not json\n", "not a baseline"),
    (Baseline.header + "{\"id\": 1, \"rule\": \"jargon\"}\n", ":2: a baseline finding needs"),
    (Baseline.header + "{\"id\": 1,\n", ":2: invalid JSON"),
  ])
  func malformedBaselinesAreErrors(_ contents: String, _ message: String) throws {
    let path = try temporaryFile(contents)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect {
      try Baseline(path: path)
    } throws: { error in
      String(describing: error).contains(message)
    }
  }

  @Test func missingFileIsAnError() {
    #expect(throws: BaselineError.self) { try Baseline(path: "/no/such/baseline.jsonl") }
  }
}
