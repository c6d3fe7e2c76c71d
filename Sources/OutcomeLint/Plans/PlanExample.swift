/// A plan rule example: a plan as one JSON object (the audit input format)
/// and, for a poor example, exactly what the rule must report on.
public struct PlanExample: Sendable {
  /// The plan as JSON.
  public let json: String
  /// For a poor example, the targets the rule must report, in order; empty
  /// means only that it must fire.
  public let expected: [PlanTarget]
  /// Where the example is written, so a failing test points at it.
  public let file: String
  /// The line of the example.
  public let line: Int

  /// Creates an example, capturing the caller's location.
  public init(
    _ json: String, expecting expected: [PlanTarget] = [], file: String = #filePath,
    line: Int = #line
  ) {
    self.json = json
    self.expected = expected
    self.file = file
    self.line = line
  }
}
