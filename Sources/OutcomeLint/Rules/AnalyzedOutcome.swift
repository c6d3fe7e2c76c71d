/// What a rule reads: the segmented outcome and its anatomy.
public struct AnalyzedOutcome: Sendable {
  /// The text, tokens and lexicon matches.
  public let document: Document
  /// The outcome's parts.
  public let anatomy: OutcomeAnatomy
  /// The input's suppressions for this outcome (read by `invalid-suppression`).
  public let suppressions: [Suppression]

  /// Creates the pair, with the input's suppressions.
  public init(document: Document, anatomy: OutcomeAnatomy, suppressions: [Suppression] = []) {
    self.document = document
    self.anatomy = anatomy
    self.suppressions = suppressions
  }
}
