/// Where the engine and a label disagree, with the findings that caused it.
public struct Disagreement: Sendable {
  /// What was compared.
  public enum Subject: Sendable, Equatable {
    /// One dimension's fault label.
    case dimension(LabelledDimension)
    /// The overall verdict against the grade.
    case verdict
  }

  /// The labelled record.
  public let outcome: LabelledOutcome
  /// What was compared.
  public let subject: Subject
  /// What the labels say: "fault" or "no fault", or the source's verdict.
  public let expected: String
  /// What the engine says: "fault" or "no fault", or its grade.
  public let found: String
  /// The findings behind the engine's judgement (empty when it found nothing).
  public let findings: [Finding]
  /// For a verdict judged good against a poor label: the labelled faults the
  /// engine did not find.
  public let missed: [LabelledDimension]
}
