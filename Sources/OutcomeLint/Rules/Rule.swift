/// A check on one outcome. Rules are small value types that read the shared
/// ``Document`` and ``OutcomeAnatomy`` and report ``Finding``s; they never
/// re-scan the text.
public protocol Rule: Sendable {
  /// The rule's documentation and examples.
  static var description: RuleDescription { get }

  /// Reports this rule's findings about one outcome.
  func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector)
}

extension Rule {
  /// The rule's documentation and examples.
  public var description: RuleDescription { Self.description }
}
