import Foundation
import Testing

/// `outcomelint evaluate` as a user runs it.
@Suite struct EvaluateCommandTests {
  /// Writes `lines` to a labelled file of this test's own and returns its path.
  static func write(_ lines: [String], name: String = #function) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-evaluate-\(getpid())-\(name.prefix { $0 != "(" }).jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  @Test func textReportWithDisagreements() throws {
    let path = try Self.write([
      #"{"id": "p1", "text": "Tom will receive 1:1 support at lunchtime.", "source_verdict": "poor", "timeframe": false, "provision": true, "measurable": null}"#,
      #"{"id": "g1", "text": "By the end of Year 2, Tom will put on his coat independently at home time, so that he can go out to play with his friends.", "source_verdict": "good", "timeframe": true, "provision": false}"#,
      #"{"id": "x1", "text": "Staff will read with Tom.", "source_verdict": "good", "service_perspective": false}"#,
    ])
    let run = try CheckCommandTests.run(["evaluate", path, "--disagreements"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("3 labelled outcomes"))
    #expect(run.stdout.contains("service_perspective: labelled no fault, engine fault"))
    #expect(run.stdout.contains("error service-subject 'Staff'"))
    #expect(run.stdout.contains("verdict agreement 0.667 (2/3)"))
    // x1's own labels record no core fault, so all three are consistent.
    #expect(
      run.stdout.contains(
        "verdict agreement where the source's verdict is consistent with its own labels 0.667 (2/3)"
      ))
    #expect(run.stdout.contains("left out: 0 good or rewrite verdicts"))
  }

  @Test func jsonLinesSummaryAndEnforcedTargets() throws {
    let path = try Self.write([
      #"{"id": 1, "text": "Staff will read with Tom.", "source_verdict": "good", "service_perspective": false}"#
    ])
    let run = try CheckCommandTests.run([
      "evaluate", path, "--format", "jsonl", "--disagreements", "--enforce-targets",
    ])
    #expect(run.status == 1)
    let lines = run.lines
    #expect(lines.first?["type"] as? String == "disagreement")
    let summary = try #require(lines.last)
    #expect(summary["type"] as? String == "summary")
    #expect(summary["outcomes"] as? Int == 1)
    let consistent = try #require(summary["verdict_consistent"] as? [String: Any])
    #expect(consistent["n"] as? Int == 1 && consistent["excluded"] as? Int == 0)
    let targets = try #require(summary["targets"] as? [String: Any])
    #expect(targets["met"] as? Bool == false)
  }

  @Test func badLabelIsAnInputFailure() throws {
    let path = try Self.write([#"{"text": "Tom will read.", "source_verdict": "fine"}"#])
    let run = try CheckCommandTests.run(["evaluate", path])
    #expect(run.status == 2)
    #expect(run.stderr.contains(":1: field 'source_verdict' is \"fine\""))
  }

  @Test func missingFileIsAnInputFailure() throws {
    let run = try CheckCommandTests.run(["evaluate", "/nonexistent/set.jsonl"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("no such file or folder"))
  }
}
