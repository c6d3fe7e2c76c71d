import OutcomeLint

/// Flags an outcome due at the end of the plan's own school year: less than a
/// year away, so a step towards an outcome rather than an outcome.
public struct ImminentTimeframeRule: PlanRule {
  /// Creates the rule.
  public init() {}

  public static let description = PlanRuleDescription(
    id: "timeframe-this-year",
    name: "Timeframe ends this school year",
    severity: .warning,
    summary:
      "An outcome due at the end of the plan's current school year ('by the end of Key Stage 2' in a Year 6 plan) is under a year away; set it for the end of the following stage.",
    guidance:
      "Council outcomes guidance (seed 003): 'By the end of ….. (Not less than one year)'; 'in the final year of a key stage, consideration should be given as to what outcomes will be achieved by the end of the following phase or stage of education'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 6, "aspirations": ["I want to go to secondary school with my friends."], "outcomes": ["By the end of Year 7, Lily will find her way between lessons using her timetable so that she can move around secondary school with her friends."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "aspirations": ["I want to go to secondary school with my friends."], "outcomes": ["By the end of Key Stage 2, Lily will pack her own bag."]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 6, "aspirations": ["I want to go to secondary school with my friends."], "outcomes": ["By the end of Key Stage 2, Lily will pack her own bag."]}"#,
        expecting: [.outcome(0)]),
      PlanExample(
        #"{"id": "p2", "year_group": 11, "aspirations": ["I want to go to college."], "outcomes": ["By the end of Key Stage 5, Omar will travel to college on his own.", "By the end of Year 11, Omar will fill in a college application form."]}"#,
        expecting: [.outcome(1)]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    guard let year = plan.plan.yearGroup else { return }
    for (index, facts) in plan.facts.enumerated() {
      guard let target = facts.target, target.yearGroup == year else { continue }
      let phrase = plan.outcomes[index].outcome.document.text(target.span)
      findings.report(
        "Due this school year: '\(phrase)' is the end of \(PastTimeframeRule.yearName(year)), under a year away",
        about: .outcome(index), words: [phrase],
        suggestion: "Set the outcome for the end of the following key stage or phase")
    }
  }
}
