/// The rules an analysis runs, in a fixed order. Immutable and shared.
public struct RuleSet: Sendable {
  /// The rules, in the order they run and are listed.
  public let rules: [any Rule]

  /// Wraps `rules`; their ids must be unique.
  public init(_ rules: [any Rule]) {
    self.rules = rules
  }

  /// The rule with `id`, if present.
  public func rule(id: String) -> (any Rule)? {
    rules.first { $0.description.id == id }
  }

  /// Runs every rule on `outcome`, in order, stamping each rule's findings
  /// with its stamp from `stamps` (in the same order).
  func run(
    _ outcome: AnalyzedOutcome, stamps: [RuleStamp], into collector: inout FindingCollector
  ) {
    for index in rules.indices {
      collector.begin(stamps[index])
      rules[index].check(outcome, into: &collector)
    }
  }
}
