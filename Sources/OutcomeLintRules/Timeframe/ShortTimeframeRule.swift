import OutcomeLint

/// Flags a timeframe under a year away (or under a configured minimum): a
/// step towards an outcome, not an outcome.
public struct ShortTimeframeRule: Rule {
  /// Timeframes nearer than this many months are flagged.
  public let minimumMonths: Int

  /// Creates the rule; the guidance's minimum is a year.
  public init(minimumMonths: Int = 12) {
    self.minimumMonths = minimumMonths
  }

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
      Example("By the end of Year 4, Amir will swim 25 metres in 2 swimming sessions a week."),
      Example(
        "By the end of the summer term 2029, Leo will order his lunch in the canteen on his own each day."
      ),
    ],
    poor: [
      Example("⟦By half term⟧, Zara will read a short chapter book aloud to her class."),
      Example("Tom will make a hot drink safely by himself at home ⟦within 6 weeks⟧."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    guard let timeframe = outcome.anatomy.timeframe, timeframe.kind != .vague,
      let horizon = timeframe.horizonMonths, horizon < Double(minimumMonths)
    else { return }
    findings.report(
      "Timeframe ", .quoted(timeframe.span), " is under ", .string(minimumText),
      " away: a step towards an outcome, not an outcome", about: outcome, at: timeframe.span,
      suggestion:
        "Set the outcome at the end of a key stage or phase and keep this as a short-term step")
  }

  /// "a year", "2 years" or "18 months".
  private var minimumText: String {
    switch minimumMonths {
    case 12: "a year"
    case let months where months % 12 == 0: "\(months / 12) years"
    default: "\(minimumMonths) months"
    }
  }
}
