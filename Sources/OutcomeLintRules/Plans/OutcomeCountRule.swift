import OutcomeLint

/// Flags a plan with fewer than three or more than ten outcomes.
public struct OutcomeCountRule: PlanRule {
  /// Creates the rule.
  public init() {}

  /// Fewer outcomes than this are too few to cover education, health and care needs.
  public static let minimum = 3
  /// More outcomes than this are more than a plan can keep in view.
  public static let maximum = 10

  public static let description = PlanRuleDescription(
    id: "outcome-count",
    name: "Number of outcomes",
    severity: .warning,
    summary:
      "A plan should have about 4 to 8 outcomes; fewer than 3 or more than 10 is flagged (none at all is an error).",
    guidance:
      "Council outcomes guidance (seed 003): 'We would advise that there should be somewhere between 4 and 8 outcomes to cover their Education, Health and Care needs.'",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 3, "aspirations": ["I want to be a vet."], "outcomes": ["By the end of Year 6, Ana will read a chapter book on her own so that she can enjoy stories.", "By the end of Year 6, Ana will ask a friend to play at break time so that she has friends.", "By the end of Year 6, Ana will dress for PE without help so that she is ready with her class."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "year_group": 10, "aspirations": ["I want to work in a garage."], "outcomes": [{"text": "By the end of Year 11, Sam will travel to college by bus on his own."}, {"text": "By the end of Year 11, Sam will cook a simple meal once a week."}, {"text": "By the end of Year 11, Sam will complete a weekly work placement at a garage."}, {"text": "By the end of Year 11, Sam will join a youth club each week."}]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 3, "aspirations": ["I want to be a vet."], "outcomes": ["By the end of Year 6, Ana will read a chapter book on her own so that she can enjoy stories."]}"#,
        expecting: [.plan]),
      PlanExample(
        #"{"id": "p2", "year_group": 3, "aspirations": ["I want to be a vet."], "outcomes": []}"#,
        expecting: [.plan]),
      PlanExample(
        #"{"id": "p3", "year_group": 3, "aspirations": ["I want to be a vet."], "outcomes": ["Ana will read.", "Ana will write.", "Ana will count.", "Ana will spell.", "Ana will draw.", "Ana will sing.", "Ana will swim.", "Ana will run.", "Ana will climb.", "Ana will skip.", "Ana will cook."]}"#,
        expecting: [.plan]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    let count = plan.outcomes.count
    if count == 0 {
      findings.report(
        "No outcomes: Section E is empty", about: .plan,
        suggestion: "Write 4 to 8 outcomes covering education, health and care needs",
        severity: .error)
    } else if count < Self.minimum {
      findings.report(
        "Only \(count) outcome\(count == 1 ? "" : "s"): too few to cover education, health and care needs",
        about: .plan, suggestion: "Aim for 4 to 8 outcomes")
    } else if count > Self.maximum {
      findings.report(
        "\(count) outcomes: more than a plan can keep in view; some may be steps towards an outcome",
        about: .plan,
        suggestion:
          "Aim for 4 to 8 outcomes; move shorter-term steps to the setting's own targets")
    }
  }
}
