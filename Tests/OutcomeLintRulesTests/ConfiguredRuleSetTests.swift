import OutcomeLint
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// A configuration's rules, severities, person, minimum timeframe and scorer
/// reach the engine; the opt-in rule's examples run like every other rule's.
@Suite struct ConfiguredRuleSetTests {
  private func analyze(_ text: String, _ configuration: Configuration) throws -> OutcomeReport {
    let engine = AnalysisEngine(lexicons: TestEngine.shared.lexicons, configuration: configuration)
    return try Analyzer(engine: engine).analyze(text)
  }

  private func rules(_ report: OutcomeReport) -> [String] { report.findings.map(\.rule) }

  @Test func defaultsMatchTheBuiltInRuleSet() {
    let configured = BuiltInRules.ruleSet(for: .defaults).rules.map(\.description.id)
    #expect(configured == BuiltInRules.all.map(\.description.id))
  }

  @Test func disabledRulesDoNotRunAndSeveritiesAreOverridden() throws {
    let text = "By the end of Year 6, Amy will read a book with her SALT each week."
    var configuration = Configuration()
    #expect(rules(try analyze(text, configuration)).contains("jargon"))
    configuration.rules = ["jargon": .off, "missing-purpose": .suggestion]
    let report = try analyze(text, configuration)
    #expect(!rules(report).contains("jargon"))
    #expect(report.findings.first { $0.rule == "missing-purpose" }?.severity == .suggestion)
    #expect(report.score[.purpose].pass)
  }

  @Test func minimumTimeframeFeedsTheShortTimeframeRule() throws {
    let text = "Within 18 months, Tom will make a hot drink safely by himself at home."
    #expect(!rules(try analyze(text, .defaults)).contains("timeframe-under-a-year"))
    var configuration = Configuration()
    configuration.minimumTimeframeMonths = 24
    let finding = try #require(
      try analyze(text, configuration).findings.first { $0.rule == "timeframe-under-a-year" })
    #expect(finding.message.contains("under 2 years away"))
  }

  @Test func personFirstAndThird() throws {
    let third = "By the end of Year 9, Amir will travel to school on the bus by himself."
    let first = "By the end of Year 9, I will travel to school on the bus by myself."
    #expect(!rules(try analyze(third, .defaults)).contains("subject-person"))
    var configuration = Configuration()
    configuration.person = .first
    #expect(rules(try analyze(third, configuration)).contains("subject-person"))
    #expect(!rules(try analyze(first, configuration)).contains("subject-person"))
    configuration.person = .third
    #expect(rules(try analyze(first, configuration)).contains("subject-person"))
    #expect(!rules(try analyze(third, configuration)).contains("subject-person"))
  }

  @Test func scorerSettingsChangeTheGrade() throws {
    let text =
      "By the end of Year 6, Amy will read a chapter book aloud to her class each week."
    let standard = try analyze(text, .defaults)
    #expect(standard.score.grade == .good)
    var configuration = Configuration()
    configuration.scorer = Scorer(outstanding: 99, good: 99, inadequate: 50)
    #expect(try analyze(text, configuration).score.grade == .requiresImprovement)
    configuration.scorer = Scorer(weights: [.purpose: 0])
    let unweighted = try analyze(text, configuration)
    #expect(unweighted.score.overall == 100)
  }

  @Test(
    arguments: BuiltInRules.optIn.flatMap { rule in
      rule.description.good.map { (rule.description.id, $0, false) }
        + rule.description.poor.map { (rule.description.id, $0, true) }
    })
  func optInRuleExamples(_ id: String, _ example: Example, _ isPoor: Bool) throws {
    var configuration = Configuration()
    configuration.person = .first
    let report = try analyze(example.text, configuration)
    let spans = report.findings.filter { $0.rule == id }.map(\.span)
    let location = SourceLocation(
      fileID: "OutcomeLintRules/\(example.file.split(separator: "/").last ?? "")",
      filePath: example.file, line: example.line, column: 1)
    if isPoor {
      #expect(spans == example.markedSpans, sourceLocation: location)
    } else {
      #expect(spans.isEmpty, sourceLocation: location)
    }
  }

  @Test func optInRulesAreDocumentedLikeTheRest() {
    for rule in BuiltInRules.optIn {
      let description = rule.description
      #expect(!BuiltInRules.all.contains { $0.description.id == description.id })
      #expect(description.good.count >= 2 && description.poor.count >= 2)
      #expect(description.guidance.contains("seed"))
    }
  }
}
