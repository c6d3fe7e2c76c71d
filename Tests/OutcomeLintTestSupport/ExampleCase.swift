import OutcomeLint
import OutcomeLintRules

/// One rule example as a test case: which rule, which example, good or poor.
public struct ExampleCase: Sendable, CustomStringConvertible {
  /// The rule's id.
  public let rule: String
  /// The example.
  public let example: Example
  /// Whether the rule must fire.
  public let isPoor: Bool

  /// Every example of every built-in rule.
  public static let all: [ExampleCase] = BuiltInRules.all.flatMap { rule in
    let description = rule.description
    return description.good.map { ExampleCase(rule: description.id, example: $0, isPoor: false) }
      + description.poor.map { ExampleCase(rule: description.id, example: $0, isPoor: true) }
  }

  public var description: String {
    "\(rule) \(isPoor ? "poor" : "good"): \(example.text)"
  }
}
