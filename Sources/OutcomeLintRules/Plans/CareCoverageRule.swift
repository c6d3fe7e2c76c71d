import OutcomeLint

/// Flags a plan whose outcomes leave out education, health or social care.
public struct CareCoverageRule: PlanRule {
  /// Creates the rule.
  public init() {}

  public static let description = PlanRuleDescription(
    id: "education-health-care",
    name: "Education, health and care coverage",
    severity: .suggestion,
    summary:
      "The outcomes should cover education, health and care needs; no education outcome is a warning, no health or care outcome a suggestion. An outcome's domain comes from its `area` field or its words (care-domains lexicon).",
    guidance:
      "Council outcomes guidance (seed 003): outcomes 'to cover their Education, Health and Care needs'; Nottingham My SEND Outcomes Framework (seed 004): 'The outcomes need to be multi-agency'; 'If a child is not known to social care it does not necessarily mean there are no social care needs'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 4, "aspirations": ["I want to be a chef."], "outcomes": ["By the end of Year 6, Leo will read a recipe aloud in class so that he can follow it.", "By the end of Year 6, Leo will eat a healthy lunch each day so that he has energy.", "By the end of Year 6, Leo will dress himself after swimming so that he is ready with his friends."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "year_group": 4, "aspirations": ["I want to be a chef."], "outcomes": [{"text": "By the end of Year 6, Leo will write three sentences about his day.", "area": "cognition and learning"}, {"text": "By the end of Year 6, Leo will use his inhaler when he needs it.", "area": "health"}, {"text": "By the end of Year 6, Leo will go to a Saturday club.", "area": "social care"}]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 4, "aspirations": ["I want to be a chef."], "outcomes": ["By the end of Year 6, Leo will read a recipe aloud in class.", "By the end of Year 6, Leo will write three sentences in his literacy book.", "By the end of Year 6, Leo will add numbers to 100 in maths lessons."]}"#,
        expecting: [.plan, .plan]),
      PlanExample(
        #"{"id": "p2", "year_group": 4, "aspirations": ["I want to be a chef."], "outcomes": ["By the end of Year 6, Leo will eat a healthy lunch each day.", "By the end of Year 6, Leo will dress himself after swimming.", "By the end of Year 6, Leo will go to bed at the same time each night."]}"#,
        expecting: [.plan]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    guard !plan.facts.isEmpty else { return }
    let covered = plan.facts.reduce(into: Set<CareDomain>()) { $0.formUnion($1.domains) }
    for domain in CareDomain.allCases where !covered.contains(domain) {
      findings.report(
        "No \(domain.name) outcome: none of the outcomes addresses \(domain.name) needs",
        about: .plan, words: [domain.name],
        suggestion:
          "Check Section B for \(domain.name) needs and write an outcome for them, or record that there are none",
        severity: domain == .education ? .warning : .suggestion)
    }
  }
}
