import OutcomeLint

/// Flags an outcome that does not say by when it should be achieved.
public struct MissingTimeframeRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "missing-timeframe",
    name: "Missing timeframe",
    dimension: .timeframe,
    severity: .error,
    summary: "An outcome must say by when it should be achieved.",
    guidance:
      "Council outcomes guidance (seed 003): 'Outcomes needs to have a timeframe e.g. By the end of ….. (Not less than one year)'; SENDIASS (seed 002): 'Time-bound – There should be a date by which it is expected the outcome will be achieved'.",
    good: [
      Example(
        "By the end of Year 4, Priya will be able to write three sentences about her weekend."),
      Example("I will catch the bus to college on my own by July 2027."),
      Example("By the time I am 21, I will pay for my own shopping with my bank card."),
      Example(
        "By the end of his supported employment placement, Dev will sort the morning post within an hour."
      ),
      Example(
        "By his 21st birthday, Dawit will check his rota on his phone before every shift at the garden centre."
      ),
      Example("By the age of 16, Kieran will be able to cook a simple hot meal for his family."),
    ],
    poor: [
      Example("Priya will be able to write three sentences about her weekend."),
      Example("I will catch the bus to college on my own."),
      // "before college each day" says when in the day, not by when.
      Example("Callie will make her own lunch before college each day."),
      // "for over a year" says how long something has lasted, not by when.
      Example("Aleena will sleep in her own bed, which she has not done for over a year."),
      // "by himself at least once a week" says how often, not by when.
      Example("Leo will walk to the shop by himself at least once a week."),
      // "by the college" says who runs the course, not by when.
      Example(
        "Ali will follow the travel training course run by the college so that he can get to work."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    guard outcome.anatomy.timeframe == nil, !outcome.isEmpty else { return }
    findings.report(
      "No timeframe: the outcome does not say by when it should be achieved",
      at: outcome.wholeStatement,
      suggestion: "Start with when, e.g. 'By the end of Key Stage 2, …' (at least a year away)")
  }
}
