/// A request in the input not to report one rule's findings on one outcome,
/// with the reason: a JSON Lines record's `"suppress": [{"rule", "reason"}]`
/// or a plain-text line's `# outcomelint: ignore RULE -- reason`.
///
/// It takes effect only when it names a known rule and gives a reason;
/// otherwise the `invalid-suppression` rule reports it, and the findings it
/// names are reported as usual.
public struct Suppression: Sendable, Equatable {
  /// The id of the rule that reports problems with suppressions; its
  /// findings cannot themselves be suppressed.
  public static let ruleID = "invalid-suppression"

  /// The rule's id as written, or nil when a comment names no rule at all.
  public let rule: String?
  /// Why the findings are suppressed, trimmed; empty when no reason was given.
  public let reason: String

  /// Creates a suppression.
  public init(rule: String?, reason: String) {
    self.rule = rule
    self.reason = reason
  }

  /// Whether it gives a reason.
  public var hasReason: Bool { !reason.isEmpty }
}
