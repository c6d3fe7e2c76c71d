import OutcomeLint

/// Flags a timeframe under a year away: a step towards an outcome, not an outcome.
public struct ShortTimeframeRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "timeframe-under-a-year",
    name: "Timeframe under a year",
    dimension: .timeframe,
    severity: .warning,
    summary:
      "Outcomes look to the end of a phase or key stage, at least a year away; shorter deadlines describe steps towards an outcome.",
    guidance:
      "Council outcomes guidance (seed 003): 'By the end of ….. (Not less than one year)' and 'Outcomes should be broken down into smaller shorter term targets. These ‘Steps Towards’ the outcomes…'.",
    good: [
      Example("By the end of Key Stage 2, Zara will read a short chapter book aloud to her class."),
      Example("Within 18 months, Tom will make a hot drink safely by himself at home."),
    ],
    poor: [
      Example("⟦By half term⟧, Zara will read a short chapter book aloud to her class."),
      Example("Tom will make a hot drink safely by himself at home ⟦within 6 weeks⟧."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    guard let timeframe = outcome.anatomy.timeframe, timeframe.kind != .vague,
      timeframe.isUnderAYear
    else { return }
    findings.report(
      "Timeframe \(outcome.quoted(timeframe.span)) is under a year away: a step towards an outcome, not an outcome",
      at: timeframe.span,
      suggestion:
        "Set the outcome at the end of a key stage or phase and keep this as a short-term step")
  }
}
