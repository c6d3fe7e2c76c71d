import OutcomeLint

/// Flags an outcome linked to no aspiration: its purpose shares no word with
/// any aspiration, and the outcome shares no theme with one.
public struct UnlinkedOutcomeRule: PlanRule {
  /// Creates the rule.
  public init() {}

  public static let description = PlanRuleDescription(
    id: "outcome-not-linked",
    name: "Outcome not linked to an aspiration",
    severity: .warning,
    summary:
      "Each outcome should be linked to some aspiration: its purpose ('so that…', or the whole outcome when it has none) shares a word with the aspiration, after stemming and leaving out stop words, or the outcome shares a theme with it: a preparing-for-adulthood theme or an area of need, from its words outside its timeframe (thread-themes lexicon) or its `area`. The golden thread shows the linking words and themes.",
    guidance:
      "SENDIASS (seed 002): 'There should be a golden thread directly through the aspirations, needs, outcomes and provision'; Nottingham My SEND Outcomes Framework (seed 004): 'Make sure the outcomes match the aspirations'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 8, "aspirations": ["I want to be a chef."], "outcomes": ["By the end of Year 9, Kai will follow a recipe on his own so that he can cook like a chef."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "year_group": 2, "aspirations": ["I want to have lots of friends."], "outcomes": ["By the end of Key Stage 2, Eve will join a game at break time so that she can make friendships."]}"#
      ),
      PlanExample(
        #"{"id": "g3", "year_group": 2, "aspirations": ["I want to have lots of friends."], "outcomes": ["By the end of Key Stage 2, Eve will join a game at break time so that she can play with other children."]}"#
      ),
      PlanExample(
        #"{"id": "g4", "year_group": 3, "aspirations": ["I want to read stories to my sister."], "outcomes": [{"text": "By the end of Year 5, Sam will match 20 written words to pictures so that he can follow a recipe card.", "area": "cognition and learning"}]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 8, "aspirations": ["I want to be a chef."], "outcomes": ["By the end of Year 9, Kai will follow a recipe on his own so that he can cook like a chef.", "By the end of Year 9, Kai will write a paragraph in English so that he gets a better grade."]}"#,
        expecting: [.outcome(1)]),
      PlanExample(
        #"{"id": "p2", "year_group": 2, "aspirations": ["I want to have lots of friends."], "outcomes": ["By the end of Key Stage 2, Eve will count to 100."]}"#,
        expecting: [.outcome(0)]),
      PlanExample(
        #"{"id": "p3", "year_group": 3, "aspirations": ["I want to play football for a team."], "outcomes": [{"text": "By the end of Year 5, Leo will read 50 common words on sight so that he can read his reading book at home.", "area": "cognition and learning"}]}"#,
        expecting: [.outcome(0)]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    guard plan.aspirationWords.indices.contains(where: plan.hasContent(aspiration:)) else {
      return
    }
    for index in plan.outcomes.indices where !plan.thread.isLinked(outcome: index) {
      let hasPurpose = plan.facts[index].purposeWords != nil
      let part = hasPurpose ? "Its purpose" : "Its wording"
      findings.report(
        hasPurpose
          ? "Not linked to an aspiration: its purpose shares no word with Section A, and the outcome no theme"
          : "Not linked to an aspiration: its wording shares no word or theme with Section A",
        about: .outcome(index),
        suggestion:
          "\(part) should say how it moves the person towards one of their aspirations")
    }
  }
}
