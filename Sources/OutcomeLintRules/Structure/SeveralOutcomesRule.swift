import OutcomeLint

/// Flags a statement that strings several outcomes together.
public struct SeveralOutcomesRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "several-outcomes",
    name: "Several outcomes in one statement",
    dimension: .clarity,
    severity: .warning,
    summary:
      "Write one outcome per statement, so each can be reviewed on its own; split the others out or make them steps towards it.",
    guidance:
      "Council outcomes guidance (seed 003): outcomes are broken down into 'smaller shorter term targets. These ‘Steps Towards’ the outcomes should be set and reviewed regularly'; 'somewhere between 4 and 8 outcomes' each covering a need.",
    good: [
      Example(
        "By the end of Year 6, Ella will walk to the shop, choose a snack and pay for it on her own."
      ),
      Example(
        "By the end of Year 2, Omar will have two friends who he will play with at break time each day."
      ),
    ],
    poor: [
      Example(
        "By the end of Year 6, Ella will walk to the shop on her own and ⟦she will⟧ read a chapter book each week."
      ),
      Example(
        "By the end of Year 2, Omar will play with a friend each day. ⟦He will⟧ also write his name."
      ),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let modals = outcome.anatomy.statementModals
    guard modals.count > 1 else { return }
    for modal in modals.dropFirst() {
      let subjectStart = max(0, modal.tokens.lowerBound - 1)
      let span = outcome.document.span(ofTokens: subjectStart..<modal.tokens.upperBound)
      findings.report(
        "Several outcomes in one statement: \(outcome.quoted(span)) starts another",
        at: span,
        suggestion: "Split it into its own outcome, or make it a step towards this one")
    }
  }
}
