import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// The audit's JSON Lines, CSV and HTML output.
@Suite struct AuditReporterTests {
  static let engine = PlanEngine(analysis: TestEngine.shared, rules: BuiltInPlanRules.ruleSet)

  private func result(_ json: String, redact: Bool = false) throws -> PlanResult {
    let record = InputRecord(source: "plans.jsonl", line: 3, idJSON: "3", text: Array(json.utf8))
    return try PlanAnalyzer(engine: Self.engine).analyze(record, redact: redact)
  }

  static let hostile =
    #"{"id": "x<1>", "child": "Amy", "year_group": 4, "aspirations": ["<img src=x onerror=alert(2)> I want to swim."], "outcomes": [{"text": "By the end of Year 6, Amy will swim 10 metres <script>alert(1)</script> so that she can swim with friends.", "area": "<b>sensory</b>"}, {"text": "=HYPERLINK(\"http://x\") Amy will read.", "area": "cognition"}]}"#

  @Test func outcomesAreExactlyCheckRecords() throws {
    let result = try result(Self.hostile)
    let line = AuditJSONLinesReporter().rendered(result)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
    #expect(object["id"] as? String == "x<1>" && object["line"] as? Int == 3)
    #expect(object["key_stage"] as? String == "ks2")
    let outcomes = try #require(object["outcomes"] as? [[String: Any]])
    #expect(outcomes.count == 2)
    guard case .analyzed(let report) = result else { throw PlanTestError.notAnalysed }
    var check = JSONLinesReporter().rendered(report.outcomes[0])
    check.removeLast()
    let expected = try JSONSerialization.jsonObject(with: Data(check)) as? NSDictionary
    #expect(expected == outcomes[0] as NSDictionary)
    #expect(outcomes[0]["area"] as? String == "<b>sensory</b>")
    #expect(String(decoding: line, as: UTF8.self).contains(String(decoding: check, as: UTF8.self)))
  }

  @Test func goldenThreadListsSharedThemes() throws {
    let plan =
      #"{"id": "t", "child": "Jo", "year_group": 6, "aspirations": ["I want to join the Scouts."], "outcomes": [{"text": "By the end of Year 7, Jo will say hello to two other children at lunch so that he can make friends.", "area": "communication"}]}"#
    let result = try result(plan)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(AuditJSONLinesReporter().rendered(result)))
        as? [String: Any])
    let link = try #require((object["golden_thread"] as? [[String: Any]])?.first)
    #expect(link["words"] as? [String] == [])
    #expect(link["through_purpose"] as? Bool == false)
    let themes = try #require(link["themes"] as? [[String: String]])
    #expect(themes.map { $0["theme"] } == ["community"])
    #expect(themes.first?["aspiration"] == "Scouts")
    let section = HTMLReporter().section(result)
    #expect(section.contains("aspiration 1 (theme friends and community ("))
    #expect(
      (object["findings"] as? [[String: Any]] ?? []).allSatisfy {
        $0["rule"] as? String != "outcome-not-linked"
      })
  }

  @Test func htmlEscapesEveryInputText() throws {
    let result = try result(Self.hostile)
    let reporter = HTMLReporter()
    var summary = CorpusSummary()
    summary.add(PlanDigest(result))
    let page =
      reporter.head(summary, clusters: [], title: "Audit <of> plans") + reporter.opening(ordinal: 0)
      + reporter.section(result) + reporter.tail
    #expect(!page.contains("<script>alert(1)"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!page.contains("<img src=x"))
    #expect(!page.contains("<b>sensory</b>"))
    #expect(page.contains("x&lt;1&gt;") && page.contains("Audit &lt;of&gt; plans"))
    #expect(page.components(separatedBy: "<script>").count == 2)
    #expect(!page.contains("http://") || page.contains("&quot;http://x&quot;"))
    #expect(page.contains("<svg"))
    #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
  }

  @Test func csvHasAPlanRowAndOutcomeRowsWithFormulasNeutralised() throws {
    let bytes = AuditCSVReporter().rendered(try result(Self.hostile, redact: true))
    let rows = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
      .filter { !$0.isEmpty }
    #expect(rows.count == 3)
    #expect(rows[0].hasPrefix("plan,x<1>,,plans.jsonl,3,A.,4,ks2,"))
    #expect(rows[1].hasPrefix("outcome,x<1>,1,"))
    #expect(rows[2].contains(",\"'=HYPERLINK(\"\"http://x\"\") A. will read.\","))
    #expect(!rows.joined().contains("Amy"))
  }
}

/// A plan that should have been analysed was not.
enum PlanTestError: Error {
  case notAnalysed
}
