/// A finding left out of an outcome's score and findings because the input
/// suppressed its rule, with the reason given.
public struct SuppressedFinding: Sendable, Equatable {
  /// The finding as the rule reported it.
  public let finding: Finding
  /// The suppression's reason.
  public let reason: String

  /// Pairs a finding with the reason it was suppressed.
  public init(finding: Finding, reason: String) {
    self.finding = finding
    self.reason = reason
  }
}
