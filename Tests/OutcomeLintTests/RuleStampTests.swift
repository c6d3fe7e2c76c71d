import OutcomeLintTestSupport
import Testing

@testable import OutcomeLint

/// Rule stamps are made once per distinct rule, dimension, severity and
/// guidance, and every stamp of a rule id shares its serial; a run's
/// totals count each rule once per outcome by it, however the totals are split.
@Suite struct RuleStampTests {
  @Test func theSameDescriptionGivesTheSameStamp() {
    let first = RuleStamp.stamp(
      id: "stamp-test", dimension: .clarity, severity: .warning, guidance: "g")
    let again = RuleStamp.stamp(
      id: "stamp-test", dimension: .clarity, severity: .warning, guidance: "g")
    #expect(first === again)
    #expect(Array(first.quotedID) == Array("\"stamp-test\"".utf8))
    #expect(Array(first.quotedGuidance) == Array("\"g\"".utf8))
    #expect(
      Array(first.findingJSONOpening)
        == Array(
          "{\"rule\":\"stamp-test\",\"dimension\":\"clarity\",\"severity\":\"warning\",\"message\":"
            .utf8))
    #expect(Array(first.findingJSONGuidance) == Array(",\"guidance\":\"g\"".utf8))
  }

  @Test func anotherSeverityGivesAnotherStampOfTheSameRule() {
    let error = RuleStamp.stamp(
      id: "stamp-test-2", dimension: .clarity, severity: .error, guidance: "g")
    let suggestion = RuleStamp.stamp(
      id: "stamp-test-2", dimension: .clarity, severity: .suggestion, guidance: "g")
    let other = RuleStamp.stamp(
      id: "stamp-test-3", dimension: .clarity, severity: .error, guidance: "g")
    #expect(error !== suggestion)
    #expect(error.ruleSerial == suggestion.ruleSerial)
    #expect(error.ruleSerial != other.ruleSerial)
  }

  @Test func totalsCountEachRuleOncePerOutcomeHoweverSplit() throws {
    let analyzer = try Analyzer(engine: TestEngine.shared)
    let texts = [
      "Sam will receive 3 sessions of speech and language therapy.",
      "To improve my confidence.",
      "By the end of Year 6, Sam will read 20 words each day so that he can enjoy books.",
      "Staff will support Sam to always use appropriate behaviour and access the curriculum.",
    ]
    let results = texts.enumerated().map { index, text in
      analyzer.analyze(
        InputRecord(source: "t", line: index + 1, idJSON: String(index + 1), text: Array(text.utf8))
      )
    }
    var expected: [String: Int] = [:]
    for case .analyzed(_, let report) in results {
      for rule in Set(report.findings.map(\.rule)) { expected[rule, default: 0] += 1 }
    }
    var whole = BatchSummary()
    for result in results { whole.add(result) }
    var first = BatchSummary()
    var second = BatchSummary()
    for (index, result) in results.enumerated() {
      if index % 2 == 0 { first.add(result) } else { second.add(result) }
    }
    first.add(second)
    #expect(!expected.isEmpty)
    #expect(whole.ruleCounts == expected)
    #expect(first.ruleCounts == expected)
    #expect(first.topRules.map(\.rule) == whole.topRules.map(\.rule))
  }
}
