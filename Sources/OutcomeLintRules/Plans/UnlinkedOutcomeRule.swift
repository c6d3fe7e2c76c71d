import OutcomeLint

/// Flags an outcome whose purpose shares no word with any aspiration.
public struct UnlinkedOutcomeRule: PlanRule {
  /// Creates the rule.
  public init() {}

  public static let description = PlanRuleDescription(
    id: "outcome-not-linked",
    name: "Outcome not linked to an aspiration",
    severity: .warning,
    summary:
      "Each outcome's purpose ('so that…', or the whole outcome when it has none) should share a word with some aspiration, after stemming and leaving out stop words; the golden thread shows the linking words.",
    guidance:
      "SENDIASS (seed 002): 'There should be a golden thread directly through the aspirations, needs, outcomes and provision'; Nottingham My SEND Outcomes Framework (seed 004): 'Make sure the outcomes match the aspirations'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 8, "aspirations": ["I want to be a chef."], "outcomes": ["By the end of Year 9, Kai will follow a recipe on his own so that he can cook like a chef."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "year_group": 2, "aspirations": ["I want to have lots of friends."], "outcomes": ["By the end of Key Stage 2, Eve will join a game at break time so that she can make friendships."]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 8, "aspirations": ["I want to be a chef."], "outcomes": ["By the end of Year 9, Kai will follow a recipe on his own so that he can cook like a chef.", "By the end of Year 9, Kai will write a paragraph in English so that he gets a better grade."]}"#,
        expecting: [.outcome(1)]),
      PlanExample(
        #"{"id": "p2", "year_group": 2, "aspirations": ["I want to have lots of friends."], "outcomes": ["By the end of Key Stage 2, Eve will count to 100."]}"#,
        expecting: [.outcome(0)]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    guard plan.aspirationWords.contains(where: { !$0.isEmpty }) else { return }
    for index in plan.outcomes.indices where !plan.thread.isLinked(outcome: index) {
      let part = plan.facts[index].purposeWords == nil ? "Its wording" : "Its purpose"
      findings.report(
        "Not linked to an aspiration: \(part.lowercased()) shares no word with Section A",
        about: .outcome(index),
        suggestion:
          "\(part) should say how it moves the person towards one of their aspirations")
    }
  }
}
