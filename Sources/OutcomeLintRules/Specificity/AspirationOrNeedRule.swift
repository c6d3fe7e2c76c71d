import OutcomeLint

/// Flags an aspiration ("wants to be a vet") or a need ("finds it hard to make
/// friends") written where an outcome should be.
public struct AspirationOrNeedRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "aspiration-or-need",
    name: "Aspiration or need, not an outcome",
    dimension: .specific,
    severity: .error,
    summary:
      "A wish for the future belongs in Section A and a difficulty in Section B; an outcome says what the person will be able to do, as a step towards the aspiration.",
    guidance:
      "Council outcomes guidance (seed 003): 'Aspirations must be identified in Section A of the My Plan/EHC Plan' and 'The EHC Plan is responsible for setting outcomes that work towards these aspirations'; SENDIASS (seed 002): 'thinking about outcomes as steps on the journey towards the aspirations'.",
    good: [
      Example(
        "By the end of Year 11, Kamal will research two history courses and visit a university open day, so that he can choose where to apply."
      ),
      Example(
        "By the end of Year 4, Becca will ask a classmate to play at break time on 3 days a week, so that she has friends to play with."
      ),
    ],
    poor: [
      Example("Kamal ⟦wants to⟧ go to university to study history."),
      Example("Becca ⟦finds it hard to⟧ make friends at break time."),
      Example("I ⟦would like to⟧ work with animals when I leave college."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    guard let marker = outcome.anatomy.aspirationOrNeed else { return }
    let isNeed = outcome.document.valueClass(marker) == .need
    if isNeed {
      findings.report(
        "A need, not an outcome: ", .quoted(marker.span), " describes a difficulty (Section B)",
        about: outcome, at: marker.span,
        suggestion: "Say what the person will be able to do by when, despite the difficulty")
    } else {
      findings.report(
        "An aspiration, not an outcome: ", .quoted(marker.span), " states a wish (Section A)",
        about: outcome, at: marker.span,
        suggestion: "Write a step towards it: what the person will be able to do by when")
    }
  }
}
