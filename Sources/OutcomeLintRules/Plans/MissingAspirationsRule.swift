import OutcomeLint

/// Flags a plan with no aspirations, so nothing can drive its outcomes.
public struct MissingAspirationsRule: PlanRule {
  /// Creates the rule.
  public init() {}

  public static let description = PlanRuleDescription(
    id: "missing-aspirations",
    name: "Missing aspirations",
    severity: .error,
    summary:
      "A plan needs the child's or young person's aspirations (Section A): outcomes are driven by them.",
    guidance:
      "Council outcomes guidance (seed 003): 'Outcomes MUST always be driven by the Aspirations of the child/young person and their family'; 'Aspirations must be identified in Section A of the My Plan/EHC Plan'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 1, "aspirations": ["I want to play with my friends."], "outcomes": ["By the end of Key Stage 1, Ola will ask a friend to play so that she can play with her friends."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "age": 19, "aspirations": ["I would like my own flat.", "I want a job in a shop."], "outcomes": ["By the end of my college course, I will budget my money each week so that I can live in my own flat."]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 1, "outcomes": ["By the end of Key Stage 1, Ola will ask a friend to play."]}"#,
        expecting: [.plan]),
      PlanExample(
        #"{"id": "p2", "year_group": 1, "aspirations": ["  "], "outcomes": ["By the end of Key Stage 1, Ola will ask a friend to play."]}"#,
        expecting: [.plan]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    guard !plan.plan.aspirations.contains(where: { $0.contains(where: \.isLetter) }) else { return }
    findings.report(
      "No aspirations: Section A is empty, so nothing shows what the outcomes work towards",
      about: .plan,
      suggestion: "Record the child's or young person's own aspirations in their words")
  }
}
