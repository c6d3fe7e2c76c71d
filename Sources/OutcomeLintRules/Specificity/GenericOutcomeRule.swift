import OutcomeLint

/// Flags an outcome with nothing tying it to this person's life: no where,
/// when or with whom, and no criterion. It would fit any child unchanged.
public struct GenericOutcomeRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "generic-outcome",
    name: "Generic outcome",
    dimension: .specific,
    severity: .error,
    summary:
      "Say in what context (where, when, with whom) or to what standard, so the outcome is about this person and no other.",
    guidance:
      "SecEd (seed 001): a person-centred outcome is 'specific to the individual and measurable'; SENDIASS (seed 002): outcomes 'should be specific to the child or young person'.",
    good: [
      Example("By the end of Year 3, Ava will play a board game with two friends at wet playtime."),
      Example(
        "By the end of Year 10, Josh will make his own packed lunch at home each school day."),
    ],
    poor: [
      Example("By the end of Year 3, Ava will play a board game."),
      Example("By the end of Year 10, the young person will make a sandwich."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    guard anatomy.context.isEmpty, anatomy.criteria.isEmpty, !outcome.isEmpty else { return }
    let who = anatomy.subject.kind == .genericChild ? " and names no one in particular" : ""
    findings.report(
      "Generic: no where, when or with whom, and no standard\(who); it would fit any child",
      at: outcome.wholeStatement,
      suggestion: "Add the context, e.g. 'at break times with two friends', 'at home each evening'")
  }
}
