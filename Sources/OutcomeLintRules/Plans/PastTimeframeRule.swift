import OutcomeLint

/// Flags an outcome whose timeframe is already past for the plan's year group.
public struct PastTimeframeRule: PlanRule {
  /// Creates the rule.
  public init() {}

  public static let description = PlanRuleDescription(
    id: "timeframe-in-the-past",
    name: "Timeframe in the past",
    severity: .error,
    summary:
      "An outcome's timeframe must lie ahead of the plan's year group: 'by the end of Key Stage 2' (Year 6) in a Year 8 plan is already past. Read from the anatomy's timeframe (key stage, school year, age or phase).",
    guidance:
      "Council outcomes guidance (seed 003): outcomes 'set out what needs to be achieved by the end of a phase or stage of education in order to enable the child or young person to progress successfully to the next phase or stage'; reviews in Year 6/7 set outcomes 'for end of Key Stage 3'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 8, "aspirations": ["I want to be a mechanic."], "outcomes": ["By the end of Key Stage 4, Ravi will change a bicycle tyre on his own so that he can work towards being a mechanic."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "age": 9, "aspirations": ["I want to swim."], "outcomes": ["By the age of 11, Nia will swim 25 metres without a float so that she can swim with her class."]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 8, "aspirations": ["I want to be a mechanic."], "outcomes": ["By the end of Key Stage 4, Ravi will change a bicycle tyre.", "By the end of Key Stage 2, Ravi will tell the time to the nearest five minutes."]}"#,
        expecting: [.outcome(1)]),
      PlanExample(
        #"{"id": "p2", "year_group": 4, "aspirations": ["I want to swim."], "outcomes": ["By the end of Year 2, Nia will swim 10 metres.", "By the age of 7, Nia will put on her own coat."]}"#,
        expecting: [.outcome(0), .outcome(1)]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    guard let year = plan.plan.yearGroup else { return }
    for (index, facts) in plan.facts.enumerated() {
      guard let target = facts.target, target.yearGroup < year else { continue }
      let phrase = plan.outcomes[index].outcome.document.text(target.span)
      findings.report(
        "Timeframe already past: '\(phrase)' ended before \(Self.yearName(year))",
        about: .outcome(index), words: [phrase],
        suggestion:
          "Set it for the end of the current or next key stage, at least a year away")
    }
  }

  /// "Reception", "Year 8".
  static func yearName(_ year: Int) -> String {
    year <= 0 ? "Reception" : "Year \(year)"
  }
}
