import OutcomeLint

/// Flags wording that sets low expectations ("try to", "begin to", "be introduced to").
public struct LowExpectationRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "low-expectation",
    name: "Low expectation",
    dimension: .realistic,
    severity: .warning,
    summary:
      "Outcomes should be ambitious: 'try to', 'begin to' or 'be introduced to' set no achievement at all.",
    guidance:
      "Nottingham My SEND Outcomes Framework (seed 004): outcomes should be 'Ambitious' and 'raise aspirations and expectations'; SENDIASS (seed 002): 'Outcomes should support ASPIRATIONS and set HIGH EXPECTATIONS'.",
    good: [
      Example(
        "By the end of Year 3, Maya will swim 10 metres on her own at her weekly school swimming lesson."
      ),
      Example("By the end of Key Stage 5, I will use a cash machine to take out money on my own."),
    ],
    poor: [
      Example(
        "By the end of Year 3, Maya will ⟦try to⟧ swim 10 metres at her school swimming lesson."),
      Example("By the end of Key Stage 5, I will ⟦be introduced to⟧ using a cash machine."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    for hit in outcome.anatomy.lowExpectations {
      findings.report(
        "Low expectation ", .quoted(hit.span), ": it asks for no achievement", about: outcome,
        at: hit.span, suggestion: "Say what they will do: ",
        .alternatives(outcome.document.entry(hit)))
    }
  }
}
