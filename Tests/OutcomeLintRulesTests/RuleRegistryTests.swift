import OutcomeLint
import OutcomeLintRules
import Testing

/// Checks the rule list itself: unique kebab-case ids, examples, guidance.
@Suite struct RuleRegistryTests {
  @Test func idsAreUniqueKebabCase() {
    let ids = BuiltInRules.all.map(\.description.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id) is not kebab-case")
    }
  }

  @Test(arguments: BuiltInRules.all.map(\.description.id))
  func everyRuleHasExamplesAndGuidance(_ id: String) throws {
    let rule = try #require(BuiltInRules.ruleSet.rule(id: id)).description
    #expect(rule.good.count >= 2, "\(id) needs at least two good examples")
    #expect(rule.poor.count >= 2, "\(id) needs at least two poor examples")
    #expect(rule.guidance.contains("seed") || rule.guidance.contains("Code of Practice"))
  }

  @Test func everyDimensionHasARule() {
    let covered = Set(BuiltInRules.all.map(\.description.dimension))
    #expect(covered == Set(Dimension.allCases))
  }
}
