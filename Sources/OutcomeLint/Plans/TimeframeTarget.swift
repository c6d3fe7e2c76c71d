/// The school year an outcome's timeframe points to: the year group at whose
/// end it falls ("by the end of Key Stage 2" is the end of Year 6, "by the age
/// of 16" the end of Year 11). Read from the anatomy's timeframe; relative,
/// dated and vague timeframes have no target.
public struct TimeframeTarget: Sendable, Equatable {
  /// The year group at whose end the outcome is due (Reception is 0).
  public let yearGroup: Int
  /// The timeframe it was read from.
  public let span: TextSpan

  /// Creates a target.
  public init(yearGroup: Int, span: TextSpan) {
    self.yearGroup = yearGroup
    self.span = span
  }

  /// The target of `outcome`'s timeframe, if its wording names a stage, year, age or phase.
  public static func of(_ outcome: AnalyzedOutcome) -> TimeframeTarget? {
    guard let timeframe = outcome.anatomy.timeframe else { return nil }
    let document = outcome.document
    let words = timeframe.tokens.map { document.text(document.tokens[$0].span).lowercased() }
    let numbers = timeframe.tokens.compactMap { document.tokens[$0].numericValue }
    let year: Int?
    switch timeframe.kind {
    case .keyStage: year = keyStageYear(words, numbers)
    case .schoolYear: year = schoolYear(words, numbers)
    case .age: year = numbers.last.map { Int($0) - 5 }
    case .phase: year = phaseYear(words)
    case .course, .date, .relative, .vague: year = nil
    }
    return year.map { TimeframeTarget(yearGroup: $0, span: timeframe.span) }
  }

  private static func keyStageYear(_ words: [String], _ numbers: [Double]) -> Int? {
    if words.contains(where: { ["eyfs", "foundation", "reception"].contains($0) }) {
      return KeyStage.earlyYears.finalYear
    }
    if words.contains(where: { ["next", "following", "this", "current"].contains($0) }) {
      return nil
    }
    let digit = numbers.last.map { Int($0) } ?? words.compactMap { suffixNumber($0, "ks") }.last
    switch digit {
    case 1: return KeyStage.keyStage1.finalYear
    case 2: return KeyStage.keyStage2.finalYear
    case 3: return KeyStage.keyStage3.finalYear
    case 4: return KeyStage.keyStage4.finalYear
    case 5: return KeyStage.post16.finalYear
    default: return nil
    }
  }

  private static func schoolYear(_ words: [String], _ numbers: [Double]) -> Int? {
    if words.contains("reception") || words.last == "r" { return 0 }
    if let number = numbers.last { return Int(number) }
    return words.compactMap { suffixNumber($0, "yr") ?? suffixNumber($0, "y") }.last
  }

  private static func phaseYear(_ words: [String]) -> Int? {
    if words.contains("infant") || words.contains("infants") { return 2 }
    if words.contains("primary") || words.contains("junior") { return 6 }
    if words.contains("secondary") { return 11 }
    if words.contains("nursery") || words.contains("preschool") { return -1 }
    return nil
  }

  /// The number after `prefix` in a word such as "ks2" or "y9".
  private static func suffixNumber(_ word: String, _ prefix: String) -> Int? {
    guard word.hasPrefix(prefix) else { return nil }
    return Int(word.dropFirst(prefix.count))
  }
}
