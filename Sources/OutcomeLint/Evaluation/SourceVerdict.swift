/// A labelled record's overall verdict: the source's own, or the project's.
public enum SourceVerdict: String, Sendable, CaseIterable {
  /// Presented as a good outcome.
  case good
  /// Presented as a poor outcome.
  case poor
  /// The source's improved version of a poor outcome.
  case rewrite

  /// Whether the verdict counts as good when compared with the engine's grade.
  public var isGood: Bool { self != .poor }
}
