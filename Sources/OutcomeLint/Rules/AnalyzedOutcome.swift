/// What a rule reads: the segmented outcome and its anatomy.
public struct AnalyzedOutcome: Sendable {
  /// The text, tokens and lexicon matches.
  public let document: Document
  /// The outcome's parts.
  public let anatomy: OutcomeAnatomy

  /// Creates the pair.
  public init(document: Document, anatomy: OutcomeAnatomy) {
    self.document = document
    self.anatomy = anatomy
  }
}
