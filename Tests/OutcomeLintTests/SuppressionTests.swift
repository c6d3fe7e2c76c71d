import OutcomeLint
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// Suppression with a reason: read from text lines and JSON records, set
/// aside before scoring, and reported when it has no reason or no known rule.
@Suite struct SuppressionTests {
  static let outcome = "Amy will read a chapter book aloud to her class each week."

  private func comment(_ line: String) -> SuppressionComment {
    SuppressionComment(line: Array(line.utf8))
  }

  @Test func commentIsStrippedLeavingAPrefixOfTheLine() {
    let line = comment(Self.outcome + "   # outcomelint: ignore missing-timeframe -- set at review")
    #expect(String(decoding: line.text, as: UTF8.self) == Self.outcome)
    #expect(line.suppressions == [Suppression(rule: "missing-timeframe", reason: "set at review")])
  }

  @Test func severalRulesAndDashes() {
    let line = comment(
      "Amy will read. #outcomelint: ignore jargon, missing-purpose — family’s words")
    #expect(
      line.suppressions == [
        Suppression(rule: "jargon", reason: "family’s words"),
        Suppression(rule: "missing-purpose", reason: "family’s words"),
      ])
    #expect(comment("a # outcomelint: ignore jargon – why").suppressions.first?.reason == "why")
  }

  @Test func missingReasonAndMalformedComments() {
    #expect(
      comment("a # outcomelint: ignore jargon").suppressions == [
        Suppression(rule: "jargon", reason: "")
      ])
    #expect(comment("a # outcomelint: ignore jargon --  ").suppressions.first?.hasReason == false)
    #expect(
      comment("a # outcomelint: skip jargon -- x").suppressions == [
        Suppression(rule: nil, reason: "x")
      ])
    #expect(
      comment("a # outcomelint: ignore -- x").suppressions == [Suppression(rule: nil, reason: "x")])
  }

  @Test func otherHashesAreText() {
    let line = comment("Amy will score #1 in her class # not a directive")
    #expect(line.suppressions.isEmpty)
    #expect(
      String(decoding: line.text, as: UTF8.self)
        == "Amy will score #1 in her class # not a directive")
  }

  @Test func textDecoderStripsTheCommentAndKeepsOffsets() throws {
    let line = "Zoë will read SALT notes # outcomelint: ignore jargon -- the family's word"
    let record = RecordDecoder(format: .text).decode(Array(line.utf8), line: 4, source: "in.txt")
    #expect(record.text.map { String(decoding: $0, as: UTF8.self) } == "Zoë will read SALT notes")
    #expect(record.suppressions.map(\.rule) == ["jargon"])
    let onlyComment = "   # outcomelint: ignore jargon -- why"
    #expect(
      RecordDecoder(format: .text).decode(Array(onlyComment.utf8), line: 1, source: "t").error
        == "empty outcome")
  }

  @Test func jsonSuppressField() {
    let line =
      #"{"id": 9, "text": "Amy will read.", "suppress": [{"rule": "jargon", "reason": " house style "}, {"rule": "missing-purpose"}]}"#
    let record = RecordDecoder(format: .jsonl).decode(Array(line.utf8), line: 1, source: "in.jsonl")
    #expect(
      record.suppressions == [
        Suppression(rule: "jargon", reason: "house style"),
        Suppression(rule: "missing-purpose", reason: ""),
      ])
    #expect(record.passthrough.map(\.key) == ["suppress"])
  }

  @Test(arguments: [
    (#"{"text": "a", "suppress": {"rule": "jargon"}}"#, "field 'suppress': must be a list"),
    (#"{"text": "a", "suppress": ["jargon"]}"#, "field 'suppress': entry 1 is not an object"),
    (
      #"{"text": "a", "suppress": [{"reason": "x"}]}"#,
      "field 'suppress': entry 1 needs a \"rule\" string"
    ),
    (
      #"{"text": "a", "suppress": [{"rule": 3}]}"#,
      "field 'suppress': entry 1 needs a \"rule\" string"
    ),
    (
      #"{"text": "a", "suppress": [{"rule": "jargon", "reason": 1}]}"#,
      "field 'suppress': entry 1: \"reason\" must be a string"
    ),
    (
      #"{"text": "a", "suppress": [{"rule": "jargon", "why": "x"}]}"#,
      "field 'suppress': entry 1 has an unknown key 'why' (valid keys: rule, reason)"
    ),
  ])
  func badSuppressFieldsMakeErrorRecords(_ line: String, _ message: String) {
    let record = RecordDecoder(format: .jsonl).decode(Array(line.utf8), line: 2, source: "in.jsonl")
    #expect(record.text == nil)
    #expect(record.error?.hasPrefix(message) == true, "\(record.error ?? "no error")")
  }

  @Test func suppressedFindingsAreSetAsideBeforeScoring() throws {
    let plain = try TestEngine.analyze(Self.outcome)
    #expect(plain.findings.contains { $0.rule == "missing-timeframe" })
    let report = try TestEngine.analyze(
      Self.outcome + " # outcomelint: ignore missing-timeframe -- set at review")
    #expect(!report.findings.contains { $0.rule == "missing-timeframe" })
    #expect(report.suppressed.map(\.finding.rule) == ["missing-timeframe"])
    #expect(report.suppressed.first?.reason == "set at review")
    #expect(report.score.overall > plain.score.overall)
    #expect(report.score[.timeframe].pass)
  }

  @Test func suppressionWithoutReasonIsNotAppliedAndIsAFinding() throws {
    let report = try TestEngine.analyze(Self.outcome + " # outcomelint: ignore missing-timeframe")
    #expect(report.findings.contains { $0.rule == "missing-timeframe" })
    #expect(report.suppressed.isEmpty)
    let finding = try #require(report.findings.first { $0.rule == Suppression.ruleID })
    #expect(finding.message.contains("no reason"))
  }

  @Test func unknownRuleIsAFindingListingValidRules() throws {
    let report = try TestEngine.analyze(Self.outcome + " # outcomelint: ignore timeframe -- why")
    let finding = try #require(report.findings.first { $0.rule == Suppression.ruleID })
    #expect(finding.message.contains("unknown rule 'timeframe'"))
    #expect(finding.suggestion?.contains("missing-timeframe") == true)
  }

  @Test func invalidSuppressionCannotItselfBeSuppressed() throws {
    let report = try TestEngine.analyze(
      Self.outcome + " # outcomelint: ignore jargn, invalid-suppression -- quiet please")
    #expect(report.findings.filter { $0.rule == Suppression.ruleID }.count == 2)
    #expect(report.suppressed.isEmpty)
  }

  @Test func jsonRecordSuppressionsReachTheAnalyzer() throws {
    let line =
      #"{"id": "r1", "text": "Amy will read SALT notes.", "suppress": [{"rule": "jargon", "reason": "family's word"}]}"#
    let record = RecordDecoder(format: .jsonl).decode(Array(line.utf8), line: 1, source: "in.jsonl")
    guard case .analyzed(_, let report) = try Analyzer(engine: TestEngine.shared).analyze(record)
    else {
      Issue.record("not analysed")
      return
    }
    #expect(report.suppressed.map(\.finding.rule) == ["jargon"])
    #expect(!report.findings.contains { $0.rule == "jargon" })
  }
}
