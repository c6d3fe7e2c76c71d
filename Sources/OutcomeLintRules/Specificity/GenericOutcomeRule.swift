import OutcomeLint

/// Flags an outcome with nothing tying it to this person's life: no where,
/// when or with whom, no criterion, and nothing named. It would fit any child
/// unchanged. A name after the action ("read Harry Potter books", "pass my
/// Healthy Eating module", "play with Oscar") says exactly what or with whom.
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
      "SecEd (seed 001): a person-centred outcome is 'specific to the individual and measurable'; SENDIASS (seed 002): outcomes 'should be specific to the child or young person' and 'state exactly what is to be achieved'; a named activity or course does that, as in Nottingham's 'I will pass my Healthy Eating module' (seed 004) and the council's 'attend Rugby training' (seed 003).",
    good: [
      Example("By the end of Year 3, Ava will play a board game with two friends at wet playtime."),
      Example(
        "By the end of Year 10, Josh will make his own packed lunch at home each school day."),
      Example("By the end of Year 5, Priya will read a Roald Dahl novel."),
    ],
    poor: [
      Example("By the end of Year 3, Ava will play a board game."),
      Example("By the end of Year 10, the young person will make a sandwich."),
      Example("By the end of Year 5, Priya will read a novel."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    guard anatomy.context.isEmpty, anatomy.criteria.isEmpty, !outcome.isEmpty,
      !outcome.namesSomethingAfterAction
    else { return }
    let who: MessagePiece =
      anatomy.subject.kind == .genericChild ? " and names no one in particular" : ""
    findings.report(
      "Generic: no where, when or with whom, and no standard", who, "; it would fit any child",
      about: outcome, at: outcome.wholeStatement,
      suggestion: "Add the context, e.g. 'at break times with two friends', 'at home each evening'")
  }
}
