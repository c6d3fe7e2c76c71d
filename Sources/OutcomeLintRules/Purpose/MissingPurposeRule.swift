import OutcomeLint

/// Flags an outcome with no "so that" clause naming the difference it makes.
public struct MissingPurposeRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "missing-purpose",
    name: "Missing purpose",
    dimension: .purpose,
    severity: .error,
    summary:
      "Say what difference the outcome makes ('so that…', 'in order to…'), linking it back to the person's aspirations.",
    guidance:
      "Council outcomes guidance (seed 003): good outcomes have 'the benefit of them being achieved e.g. ‘so that…’ or ‘in order to…’'; SENDIASS (seed 002): 'There should be a golden thread directly through the aspirations, needs, outcomes and provision'.",
    good: [
      Example(
        "By the end of Year 7, Ben will pack his school bag the night before so that he arrives with everything he needs."
      ),
      Example(
        "By the end of Year 11, Josh will use his inhaler before each PE lesson, meaning he can play for the school team."
      ),
      Example("By July 2028, I will budget my weekly money in order to live in my own flat."),
    ],
    poor: [
      Example("By the end of Year 7, Ben will pack his school bag the night before."),
      Example("By July 2028, I will budget my weekly money."),
    ]
  )

  /// Fewer words than this after the connective do not name a difference.
  static let minimumWords = 2

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    guard !outcome.isEmpty else { return }
    if let purpose = outcome.anatomy.purpose, purpose.wordCount >= Self.minimumWords { return }
    findings.report(
      "No purpose: nothing says what difference achieving it will make",
      at: outcome.wholeStatement,
      suggestion: "Add 'so that …' naming the difference it makes, linked to their aspirations")
  }
}
