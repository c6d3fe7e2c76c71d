import OutcomeLint

/// Flags a suppression that does not take effect: no reason, no rule, an
/// unknown rule, or this rule itself.
public struct InvalidSuppressionRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: Suppression.ruleID,
    name: "Invalid suppression",
    dimension: .clarity,
    severity: .warning,
    summary:
      "A suppression ('# outcomelint: ignore RULE -- reason' on a text line, or a JSON record's \"suppress\" list) must name a known rule and say why; otherwise it suppresses nothing.",
    guidance:
      "Not from the guidance but about it: every rule traces to the guidance (seeds 000-004), so setting one aside on an outcome has to record why, as quality-assurance panels ask for the reason behind every judgement.",
    good: [
      Example(
        "By the end of Year 6, Amy will read a chapter book aloud to her class each week so that she can join the book club. # outcomelint: ignore low-expectation -- agreed at the annual review"
      ),
      Example(
        "By half term, Tom will make a hot drink safely by himself at home so that he can help at breakfast. # outcomelint: ignore timeframe-under-a-year — a step the family asked to record here"
      ),
    ],
    poor: [
      Example(
        "By the end of Year 6, Amy will read a chapter book aloud to her class each week so that she can join the book club. # outcomelint: ignore low-expectation"
      ),
      Example(
        "By the end of Year 6, Amy will read a chapter book aloud to her class each week so that she can join the book club. # outcomelint: ignore low-expectations -- agreed at the annual review"
      ),
      Example(
        "By the end of Year 6, Amy will read a chapter book aloud to her class each week so that she can join the book club. # outcomelint: skip jargon -- agreed at the annual review"
      ),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    for suppression in outcome.suppressions {
      guard let rule = suppression.rule else {
        findings.report(
          "Suppression names no rule, so it suppresses nothing", at: outcome.wholeStatement,
          suggestion: "Write '# outcomelint: ignore RULE -- reason'")
        continue
      }
      if !BuiltInRules.ids.contains(rule) {
        findings.report(
          "Suppression names an unknown rule '\(rule)', so it suppresses nothing",
          at: outcome.wholeStatement,
          suggestion:
            "Use one of: \(BuiltInRules.documented.map(\.description.id).joined(separator: ", "))")
      } else if rule == Suppression.ruleID {
        findings.report(
          "'\(rule)' cannot be suppressed", at: outcome.wholeStatement,
          suggestion: "Fix the suppression it reports instead")
      } else if !suppression.hasReason {
        findings.report(
          "Suppression of '\(rule)' gives no reason, so it is not applied",
          at: outcome.wholeStatement,
          suggestion: "Say why after '--': '# outcomelint: ignore \(rule) -- reason'")
      }
    }
  }
}
