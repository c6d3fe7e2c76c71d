import OutcomeLint

/// Flags a bare abstract goal ("independence", "confidence", "social skills")
/// standing in for something the person will actually do.
public struct VagueGoalRule: Rule {
  /// Creates the rule.
  public init() {}

  /// How many words before the goal a vague verb may stand to be highlighted with it.
  static let verbReach = 3

  public static let description = RuleDescription(
    id: "vague-goal",
    name: "Vague goal",
    dimension: .specific,
    severity: .error,
    summary:
      "State exactly what is to be achieved: a bare abstract goal such as 'independence' or 'social skills' is not specific.",
    guidance:
      "SecEd (seed 001): '\"to improve my independence\" … is not specific to the individual … We don’t know what being independent looks or feels like to this person'; SENDIASS (seed 002): 'Specific – The outcome should state exactly what is to be achieved'.",
    good: [
      Example(
        "By the end of Year 5, Isla will walk to the school office on her own to deliver the register each morning."
      ),
      Example(
        "By the end of Key Stage 3, I will start a conversation with a classmate at lunchtime twice a week."
      ),
    ],
    poor: [
      Example("Isla will ⟦improve her independence⟧."),
      Example("By the end of Key Stage 3, I will ⟦develop my social skills⟧."),
      Example("Noah will have more ⟦confidence⟧."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    guard anatomy.lacksObservableAction else { return }
    for goal in anatomy.abstractGoals {
      let verb = anatomy.vagueVerbs.last {
        $0.tokens.upperBound <= goal.tokens.lowerBound
          && goal.tokens.lowerBound - $0.tokens.upperBound <= Self.verbReach
      }
      let span = verb.map { $0.span.union(goal.span) } ?? goal.span
      findings.report(
        "Vague goal \(outcome.quoted(goal.span)): it does not say what the person will do",
        at: span,
        suggestion: "Make it concrete: \(goal.entry.value)")
    }
  }
}
