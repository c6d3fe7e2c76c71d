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
}
