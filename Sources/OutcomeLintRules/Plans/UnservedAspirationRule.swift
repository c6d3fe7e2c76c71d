import OutcomeLint

/// Flags an aspiration no outcome works towards.
public struct UnservedAspirationRule: PlanRule {
  /// Creates the rule.
  public init() {}

  public static let description = PlanRuleDescription(
    id: "aspiration-not-served",
    name: "Aspiration not served by an outcome",
    severity: .warning,
    summary:
      "Each aspiration should share a word (after stemming and leaving out stop words) or a theme (a preparing-for-adulthood theme or an area of need; thread-themes lexicon) with some outcome: the plan's outcomes work towards it.",
    guidance:
      "Council outcomes guidance (seed 003): 'The EHC Plan is responsible for setting outcomes that work towards these aspirations'; SENDIASS (seed 002): the golden thread through aspirations, needs, outcomes and provision.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 11, "aspirations": ["I want to work with animals.", "I want to live with my friends."], "outcomes": ["By the end of Year 13, Zoe will care for the animals at her work placement each week so that she gains experience for a job with animals.", "By the end of Year 13, Zoe will cook a meal with friends each week so that she can live with friends."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "child": "Ben", "year_group": 0, "aspirations": ["Ben's family want him to talk to them."], "outcomes": ["By the end of Reception, Ben will use two-word phrases so that he can talk to his family at home."]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 11, "aspirations": ["I want to work with animals.", "I want to go to the cinema with my friends."], "outcomes": ["By the end of Year 13, Zoe will care for the animals at her work placement each week so that she gains experience for a job with animals."]}"#,
        expecting: [.aspiration(1)]),
      PlanExample(
        #"{"id": "p2", "child": "Ben", "year_group": 0, "aspirations": ["Ben wants to ride a bike."], "outcomes": ["By the end of Reception, Ben will use two-word phrases so that he can talk to his family at home."]}"#,
        expecting: [.aspiration(0)]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    guard !plan.outcomes.isEmpty else { return }
    for (index, words) in plan.aspirationWords.enumerated()
    where plan.hasContent(aspiration: index) && !plan.thread.isServed(aspiration: index) {
      findings.report(
        "Aspiration not served: no outcome works towards it", about: .aspiration(index),
        words: words.map(\.word),
        suggestion: "Write an outcome whose purpose moves the person towards this aspiration")
    }
  }
}
