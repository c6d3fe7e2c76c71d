import OutcomeLint
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// A deadline stated beside an outcome (`by_when`, a Word plan's "By when"
/// column) is the outcome's timeframe when its text states none.
@Suite struct ByWhenTests {
  static let engine = PlanEngine(analysis: TestEngine.shared, rules: BuiltInPlanRules.ruleSet)
  private static let undated =
    "Amir will write a paragraph of five sentences on his own so that he can record his science experiments."
  private static let dated =
    "By the end of Key Stage 2, Amir will read a chapter book on his own so that he can find out about science."

  private func report(yearGroup: Int, _ outcomes: String) throws -> PlanReport {
    let json =
      #"{"id": "p", "child": "Amir", "year_group": \#(yearGroup), "aspirations": ["I want to be a scientist."], "outcomes": [\#(outcomes)]}"#
    let plan = try Self.engine.decoder.decode(
      Array(json.utf8), source: "t", line: 1, defaultID: "1"
    ).get()
    return try PlanAnalyzer(engine: Self.engine).analyze(plan, redact: false)
  }

  private func rules(_ report: OutcomeReport) -> [String] { report.findings.map(\.rule) }

  @Test func deadlineBesideAnUndatedOutcomeIsItsTimeframe() throws {
    let report = try report(
      yearGroup: 4, #"{"text": "\#(Self.undated)", "by_when": "July 2027"}"#)
    let outcome = try #require(report.outcomeReports.first)
    #expect(!rules(outcome).contains("missing-timeframe"))
    #expect(outcome.outcome.anatomy.timeframe?.kind == .date)
    #expect(outcome.text == "By July 2027, " + Self.undated)
    #expect(report.plan.outcomes[0].text == outcome.text)
    guard case .analyzed(let record, _) = report.outcomes[0] else {
      Issue.record("not analysed")
      return
    }
    #expect(record.text == Array(outcome.text.utf8))
    #expect(record.passthrough.contains { $0.key == "by_when" && $0.json == #""July 2027""# })
  }

  @Test(arguments: [
    ("Within two years", "Within two years, "), ("by the end of Year 6.", "By the end of Year 6, "),
    ("End of Key Stage 2", "By the end of Key Stage 2, "), ("2027", "By 2027, "),
    ("The end of Year 5", "By the end of Year 5, "), ("By End of Year 6", "By the end of Year 6, "),
    ("Before The End Of Key Stage 2", "Before the end of Key Stage 2, "),
    ("Summer term 2027", "By summer term 2027, "), ("Half term", "By half term, "),
    ("July 2027", "By July 2027, "), ("End of Reception", "By the end of Reception, "),
    ("Christmas", "By Christmas, "), ("End of KS2", "By the end of KS2, "),
    ("Amir's 16th birthday", "By Amir's 16th birthday, "),
    ("Time he leaves primary school", "By the time he leaves primary school, "),
    ("When he leaves primary school", "By the time he leaves primary school, "),
  ])
  func deadlineIsWrittenAsALead(_ byWhen: String, _ prefix: String) throws {
    let report = try report(
      yearGroup: 4, #"{"text": "\#(Self.undated)", "by_when": "\#(byWhen)"}"#)
    let outcome = try #require(report.outcomeReports.first)
    #expect(outcome.text == prefix + Self.undated)
    #expect(outcome.outcome.anatomy.timeframe != nil, "\(outcome.text)")
  }

  @Test func outcomeWithItsOwnTimeframeKeepsItsText() throws {
    let report = try report(
      yearGroup: 4, #"{"text": "\#(Self.dated)", "by_when": "July 2026"}"#)
    #expect(report.outcomeReports.first?.text == Self.dated)
  }

  @Test func withoutByWhenNothingChanges() throws {
    for outcome in [#""\#(Self.undated)""#, #"{"text": "\#(Self.undated)", "by_when": null}"#] {
      let report = try report(yearGroup: 4, outcome)
      let judged = try #require(report.outcomeReports.first)
      #expect(judged.text == Self.undated)
      #expect(rules(judged).contains("missing-timeframe"))
    }
  }

  @Test func planChecksSeeTheDeadline() throws {
    let report = try report(
      yearGroup: 8, #"{"text": "\#(Self.undated)", "by_when": "End of Key Stage 2"}"#)
    #expect(report.findings.contains { $0.rule == "timeframe-in-the-past" })
  }

  @Test func blankDeadlineChangesNothing() throws {
    let report = try report(yearGroup: 4, #"{"text": "\#(Self.undated)", "by_when": " .; "}"#)
    #expect(report.outcomeReports.first?.text == Self.undated)
  }

  /// `check` and `rewrite` read the same deadline from a record's `by_when`
  /// field or "By when" column.
  @Test func recordsWithADeadlineAreJudgedWithIt() throws {
    let analyzer = try Analyzer(engine: TestEngine.shared)
    let record = InputRecord(
      source: "r.jsonl", line: 3, idJSON: "3", text: Array(Self.undated.utf8),
      passthrough: [(key: "By when", json: #""End of Year 6""#)])
    guard case .analyzed(let judged, let report) = analyzer.analyze(record) else {
      Issue.record("not analysed")
      return
    }
    #expect(report.text == "By the end of Year 6, " + Self.undated)
    #expect(judged.text == Array(report.text.utf8))
    #expect(judged.passthrough.map(\.key) == ["By when"] && judged.byWhen == "End of Year 6")
    #expect(!rules(report).contains("missing-timeframe"))
    let dated = InputRecord(
      source: "r.jsonl", line: 4, idJSON: "4", text: Array(Self.dated.utf8),
      passthrough: [(key: "by_when", json: #""July 2030""#)])
    guard case .analyzed(let kept, let keptReport) = analyzer.analyze(dated) else {
      Issue.record("not analysed")
      return
    }
    #expect(keptReport.text == Self.dated && kept.text == Array(Self.dated.utf8))
  }
}
