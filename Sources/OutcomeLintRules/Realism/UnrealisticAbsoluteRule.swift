import OutcomeLint

/// Flags absolutes no child could meet ("in all lessons", "always", "never").
public struct UnrealisticAbsoluteRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "unrealistic-absolute",
    name: "Unrealistic absolute",
    dimension: .realistic,
    severity: .error,
    summary:
      "Would it be realistic for any child? 'All lessons', 'always', 'never', 'at all times' set expectations above any peer.",
    guidance:
      "Council outcomes guidance (seed 003): 'Check the outcomes – would they be realistic for any child or young person? e.g. to behave in all lessons – we must not set outcomes that are above expectations for any other peer in the cohort'.",
    good: [
      Example(
        "By the end of Year 5, Kai will stay in his seat for the first 15 minutes of 4 out of 5 lessons."
      ),
      Example("By the end of Key Stage 4, I will arrive at school on time on most days each week."),
    ],
    poor: [
      Example("By the end of Year 5, Kai will behave ⟦in all lessons⟧."),
      Example("By the end of Key Stage 4, I will ⟦always⟧ arrive at school on time."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    for hit in outcome.anatomy.absolutes {
      findings.report(
        "Unrealistic absolute ", .quoted(hit.span), ": no peer would be expected to meet it",
        about: outcome, at: hit.span, suggestion: "Use a realistic criterion, e.g. ",
        .alternatives(outcome.document.entry(hit)))
    }
  }
}
