import OutcomeLint

/// Checks the outcomes' `area` fields against the broad areas of need: every
/// area the plan names in `needs` should have an outcome, an area name should
/// be recognisable, and four or more outcomes should not all sit in one area.
public struct NeedAreaCoverageRule: PlanRule {
  /// Creates the rule.
  public init() {}

  /// With this many outcomes or more, all in one area is flagged.
  public static let singleAreaMinimum = 4

  public static let description = PlanRuleDescription(
    id: "areas-of-need",
    name: "Areas of need coverage",
    severity: .warning,
    summary:
      "Where outcomes give an `area`, each broad area of need the plan lists in `needs` should have an outcome; an unrecognised area name, or four or more outcomes all in one area, is a suggestion.",
    guidance:
      "Council outcomes guidance (seed 003): example outcomes under 'Communication and interaction', 'Cognition and Learning', 'Sensory and or Physical needs' and 'Social Emotional and Mental Health difficulties'; 'Be aware that an outcome may cover multiple areas of need'. Nottingham My SEND Outcomes Framework (seed 004): 'Make sure each special educational need is articulated separately'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 2, "needs": ["communication and interaction", "SEMH"], "aspirations": ["I want friends."], "outcomes": [{"text": "By the end of Key Stage 1, Mia will ask a friend to play using a short sentence.", "area": "communication and interaction"}, {"text": "By the end of Key Stage 1, Mia will use her calm box when she is upset.", "area": "social, emotional and mental health"}]}"#
      ),
      PlanExample(
        #"{"id": "g2", "year_group": 2, "aspirations": ["I want friends."], "outcomes": [{"text": "By the end of Key Stage 1, Mia will ask a friend to play.", "area": "communication-interaction"}, {"text": "By the end of Key Stage 1, Mia will read ten words.", "area": "cognition-learning"}, {"text": "By the end of Key Stage 1, Mia will use her calm box.", "area": "semh"}, {"text": "By the end of Key Stage 1, Mia will hop on one foot.", "area": "sensory-physical"}]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 2, "needs": ["communication and interaction", "sensory and/or physical"], "aspirations": ["I want friends."], "outcomes": [{"text": "By the end of Key Stage 1, Mia will ask a friend to play.", "area": "communication and interaction"}, {"text": "By the end of Key Stage 1, Mia will read ten words.", "area": "cognition and learning"}]}"#,
        expecting: [.plan]),
      PlanExample(
        #"{"id": "p2", "year_group": 2, "aspirations": ["I want friends."], "outcomes": [{"text": "By the end of Key Stage 1, Mia will ask a friend to play.", "area": "speech"}, {"text": "By the end of Key Stage 1, Mia will read ten words.", "area": "cognition and learning"}]}"#,
        expecting: [.outcome(0)]),
      PlanExample(
        #"{"id": "p3", "year_group": 2, "aspirations": ["I want friends."], "outcomes": [{"text": "By the end of Key Stage 1, Mia will read ten words.", "area": "cognition"}, {"text": "By the end of Key Stage 1, Mia will write her name.", "area": "cognition"}, {"text": "By the end of Key Stage 1, Mia will count to twenty.", "area": "cognition"}, {"text": "By the end of Key Stage 1, Mia will name ten colours.", "area": "cognition"}]}"#,
        expecting: [.plan]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    let outcomes = plan.plan.outcomes
    var covered: Set<NeedArea> = []
    for (index, outcome) in outcomes.enumerated() {
      guard let name = outcome.area else { continue }
      switch plan.facts[index].area {
      case .need(let area): covered.insert(area)
      case .domain, .adulthood: continue
      case nil:
        findings.report(
          "Area '\(name)' is not a recognised area of need", about: .outcome(index), words: [name],
          suggestion:
            "Use one of: \(NeedArea.allCases.map(\.title).joined(separator: "; ")); education, health or care; or preparing for adulthood",
          severity: .suggestion)
      }
    }
    let listed = plan.plan.needs.compactMap { name -> NeedArea? in
      if case .need(let area) = plan.vocabulary.area(named: name) { return area }
      return nil
    }
    if !listed.isEmpty {
      for area in NeedArea.allCases where listed.contains(area) && !covered.contains(area) {
        findings.report(
          "No outcome for \(area.title), which the plan lists as a need", about: .plan,
          words: [area.title],
          suggestion: "Write an outcome for each area of need in Section B")
      }
    } else if covered.count == 1, outcomes.count >= Self.singleAreaMinimum,
      let area = covered.first,
      plan.facts.allSatisfy({ $0.area == .need(area) })
    {
      findings.report(
        "All \(outcomes.count) outcomes are under \(area.title)", about: .plan,
        words: [area.title],
        suggestion: "Check Section B: are needs in other areas met by an outcome?",
        severity: .suggestion)
    }
  }
}
