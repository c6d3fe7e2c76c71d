import OutcomeLint
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// One plan rule example as a test case.
struct PlanExampleCase: Sendable, CustomStringConvertible {
  let rule: String
  let example: PlanExample
  let isPoor: Bool

  static let all: [PlanExampleCase] = BuiltInPlanRules.all.flatMap { rule in
    let description = rule.description
    return description.good.map {
      PlanExampleCase(rule: description.id, example: $0, isPoor: false)
    }
      + description.poor.map { PlanExampleCase(rule: description.id, example: $0, isPoor: true) }
  }

  var description: String { "\(rule) \(isPoor ? "poor" : "good") line \(example.line)" }
}

/// Runs every plan rule's good and poor examples through the real audit
/// (real lexicons, outcome rules and plan analysis), and checks the registry.
@Suite struct PlanRuleExampleTests {
  static let engine = PlanEngine(analysis: TestEngine.shared, rules: BuiltInPlanRules.ruleSet)

  @Test(arguments: PlanExampleCase.all)
  func example(_ testCase: PlanExampleCase) throws {
    let example = testCase.example
    let location = SourceLocation(
      fileID: "OutcomeLintRules/\(example.file.split(separator: "/").last ?? "")",
      filePath: example.file, line: example.line, column: 1)
    let plan = try Self.engine.decoder.decode(
      Array(example.json.utf8), source: "example", line: example.line, defaultID: "0"
    ).get()
    let report = try PlanAnalyzer(engine: Self.engine).analyze(plan, redact: false)
    let targets = report.findings.filter { $0.rule == testCase.rule }.map(\.target)
    if testCase.isPoor {
      #expect(!targets.isEmpty, "\(testCase.rule) did not fire", sourceLocation: location)
      if !example.expected.isEmpty {
        #expect(targets == example.expected, "fired on \(targets)", sourceLocation: location)
      }
    } else {
      #expect(
        targets.isEmpty,
        "\(testCase.rule) fired on a good example: \(report.findings.filter { $0.rule == testCase.rule }.map(\.message))",
        sourceLocation: location)
    }
  }

  @Test func idsAreUniqueAndEveryRuleHasExamplesAndGuidance() {
    let ids = BuiltInPlanRules.all.map(\.description.id)
    #expect(Set(ids).count == ids.count)
    #expect(Set(ids).isDisjoint(with: BuiltInRules.all.map(\.description.id)))
    for rule in BuiltInPlanRules.all.map(\.description) {
      #expect(rule.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(rule.id) is not kebab-case")
      #expect(rule.good.count >= 2 && rule.poor.count >= 2, "\(rule.id) needs two of each")
      #expect(rule.guidance.contains("seed"), "\(rule.id) must cite its guidance")
    }
  }
}
