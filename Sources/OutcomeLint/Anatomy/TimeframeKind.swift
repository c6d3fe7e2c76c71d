/// What kind of point in time an outcome's timeframe names.
public enum TimeframeKind: String, Sendable, CaseIterable {
  /// End of a key stage (EYFS, KS1-KS5).
  case keyStage = "key-stage"
  /// End of a school year ("the end of Year 9", "Reception").
  case schoolYear = "school-year"
  /// End of a phase of education ("when she leaves primary school").
  case phase
  /// End of a course ("by the end of his college course").
  case course
  /// A calendar date or month ("by July 2027").
  case date
  /// An age ("by the age of 16").
  case age
  /// A duration from now ("within 6 weeks", "by half term").
  case relative
  /// No real deadline ("eventually", "in the future").
  case vague

  /// The classes a `timeframes` lexicon entry may name.
  static let lexiconClasses: [TimeframeKind] = allCases

  /// The class's name as written in lexicons and output.
  public var name: String { rawValue }

  /// Reads a class name from a lexicon value column.
  init?(lexiconClass: String) {
    self.init(rawValue: lexiconClass)
  }
}
