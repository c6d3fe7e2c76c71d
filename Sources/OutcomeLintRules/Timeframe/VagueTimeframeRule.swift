import OutcomeLint

/// Flags a timeframe with no real deadline ("eventually", "in the future").
public struct VagueTimeframeRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "vague-timeframe",
    name: "Vague timeframe",
    dimension: .timeframe,
    severity: .error,
    summary: "A timeframe must name a point in time, not 'eventually' or 'in the future'.",
    guidance:
      "SENDIASS (seed 002): 'everyone will know when the outcome should be achieved'; council guidance (seed 003): outcomes set out what is achieved 'by the end of a phase or stage of education'.",
    good: [
      Example("By the end of Key Stage 3, Ellis will travel to school by bus on his own each day."),
      Example("By the end of Year 11, I will be able to order and pay for food in a café."),
    ],
    poor: [
      Example("Ellis will ⟦eventually⟧ travel to school by bus on his own each day."),
      Example("⟦In the future⟧ I will be able to order and pay for food in a café."),
      Example("Ellis will ask a friend to play in the playground twice a week ⟦in time⟧."),
      Example("Ellis will read aloud in class in 4 out of 5 lessons ⟦eventually⟧."),
      Example("⟦Throughout the year⟧, Callie will make her own lunch at home each day."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    guard let timeframe = outcome.anatomy.timeframe, timeframe.kind == .vague else { return }
    findings.report(
      "Vague timeframe ", .quoted(timeframe.span), ": it sets no point by which to check",
      about: outcome, at: timeframe.span,
      suggestion: "Name the end of a key stage, school year or phase, e.g. 'by the end of Year 9'")
  }
}
