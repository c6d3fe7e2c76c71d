import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintTestSupport
import Testing

/// `explain` and `compare` output, with colour and without, against golden
/// files in `Fixtures/`. Run with `UPDATE_GOLDENS=1` to rewrite them after a
/// deliberate change, then review the diff.
@Suite struct ExplainCompareGoldenTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static let poor = "John will receive 3 sessions of SALT per week to improve his communication."
  static let better =
    "By the end of Key Stage 2, John will ask for help in class using a sentence of 5 words in 4 out of 5 lessons so that he can join in with his friends."
  static let passive = "By the end of Year 1, Jack will be supported to dress himself after PE."

  @Test(arguments: [false, true])
  func explainMatchesGolden(_ color: Bool) throws {
    let reporter = ExplainReporter(color: color)
    let text =
      try reporter.explanation(of: TestEngine.analyze(Self.poor)) + "\n"
      + reporter.explanation(of: TestEngine.analyze(Self.passive))
    try expectGolden(text, "explain\(color ? "-color" : "").txt")
  }

  @Test(arguments: [false, true])
  func compareMatchesGolden(_ color: Bool) throws {
    let text = try CompareReporter(color: color).comparison(
      of: TestEngine.analyze(Self.poor), with: TestEngine.analyze(Self.better))
    try expectGolden(text, "compare\(color ? "-color" : "").txt")
  }

  @Test func plainOutputHasNoEscapesAndColourOutputHas() throws {
    let report = try TestEngine.analyze(Self.poor)
    #expect(!ExplainReporter(color: false).explanation(of: report).contains("\u{1B}["))
    #expect(ExplainReporter(color: true).explanation(of: report).contains("\u{1B}[31m"))
  }

  private func expectGolden(_ text: String, _ name: String) throws {
    let url = Self.fixtures.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "\(name) differs; run with UPDATE_GOLDENS=1 and review the diff")
  }
}
