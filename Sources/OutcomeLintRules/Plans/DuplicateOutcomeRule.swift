import OutcomeLint

/// Flags an outcome that repeats, word for word or nearly, an earlier outcome
/// of the same plan.
public struct DuplicateOutcomeRule: PlanRule {
  /// Creates the rule.
  public init() {}

  /// The Jaccard similarity of word 3-shingles at which two outcomes count as near-duplicates.
  public static let threshold = 0.7

  public static let description = PlanRuleDescription(
    id: "duplicate-outcome",
    name: "Duplicated outcome",
    severity: .warning,
    summary:
      "No outcome should repeat another in the same plan, word for word or nearly (70% or more of their three-word runs shared, after folding case, the name and pronouns).",
    guidance:
      "Council outcomes guidance (seed 003): 'somewhere between 4 and 8 outcomes to cover their Education, Health and Care needs', each about a different need; Nottingham My SEND Outcomes Framework (seed 004): 'Make sure each special educational need is articulated separately'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 5, "aspirations": ["I want to be a footballer."], "outcomes": ["By the end of Year 6, Jay will read a short book aloud to an adult each week so that he can enjoy stories.", "By the end of Year 6, Jay will kick a ball to a friend at break time each day so that he can play football with friends."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "year_group": 5, "aspirations": ["I want to be a footballer."], "outcomes": ["By the end of Year 6, Jay will read a short book aloud to an adult each week.", "By the end of Year 6, Jay will write a short story about football each week."]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 5, "aspirations": ["I want to be a footballer."], "outcomes": ["By the end of Year 6, Jay will read a short book aloud to an adult each week so that he can enjoy stories.", "By the end of Year 6, Jay will kick a ball to a friend so that he can play football.", "By the end of Year 6, Jay will read a short book aloud to an adult each week so that he can enjoy stories."]}"#,
        expecting: [.outcome(2)]),
      PlanExample(
        #"{"id": "p2", "child": "Jay", "year_group": 5, "aspirations": ["I want to be a footballer."], "outcomes": ["By the end of Year 6, Jay will read a short book aloud to an adult each week so that he can enjoy stories.", "By the end of Year 6, he will read a short book aloud to an adult every week so that he can enjoy stories."]}"#,
        expecting: [.outcome(1)]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    for later in plan.facts.indices {
      for earlier in 0..<later {
        let similarity = plan.facts[later].fingerprint.similarity(
          to: plan.facts[earlier].fingerprint)
        guard similarity >= Self.threshold else { continue }
        let percent = Int((similarity * 100).rounded())
        findings.report(
          similarity == 1
            ? "Repeats outcome \(earlier + 1) word for word"
            : "Nearly repeats outcome \(earlier + 1) (\(percent)% of its wording)",
          about: .outcome(later), words: [plan.outcomes[earlier].text],
          suggestion: "Merge the two, or make each about a different need")
        break
      }
    }
  }
}
