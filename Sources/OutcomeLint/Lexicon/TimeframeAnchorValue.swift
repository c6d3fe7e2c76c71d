/// The value of a `timeframes` lexicon entry: `CLASS` or `CLASS HORIZON`, where
/// HORIZON is months from now (`2`, `1.5`) or `#w`, `#m`, `#y` for "the
/// number in the phrase counts weeks, months or years".
public struct TimeframeAnchorValue: Sendable, Equatable {
  /// What kind of point in time the phrase names.
  public let kind: TimeframeKind
  /// How the horizon is estimated.
  public let horizon: Horizon

  /// How far away a timeframe is, in months.
  public enum Horizon: Sendable, Equatable {
    /// Not stated by the phrase.
    case unknown
    /// A fixed estimate.
    case months(Double)
    /// The phrase's number times this many months.
    case perNumber(monthsPerUnit: Double)
  }

  /// Parses a value column, or returns a message saying what is wrong.
  static func parse(_ text: String) -> Result<TimeframeAnchorValue, LexiconValueProblem> {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let classes = TimeframeKind.lexiconClasses.map(\.name)
    guard let first = parts.first, let kind = TimeframeKind(lexiconClass: first) else {
      return .failure(
        LexiconValueProblem(
          "expected a timeframe class (\(classes.joined(separator: ", "))), found '\(text)'"))
    }
    guard parts.count <= 2 else {
      return .failure(LexiconValueProblem("expected 'CLASS' or 'CLASS HORIZON', found '\(text)'"))
    }
    guard parts.count == 2 else { return .success(.init(kind: kind, horizon: .unknown)) }
    switch parts[1] {
    case "#w": return .success(.init(kind: kind, horizon: .perNumber(monthsPerUnit: 12.0 / 52)))
    case "#m": return .success(.init(kind: kind, horizon: .perNumber(monthsPerUnit: 1)))
    case "#y": return .success(.init(kind: kind, horizon: .perNumber(monthsPerUnit: 12)))
    default:
      guard let months = Double(parts[1]), months >= 0 else {
        return .failure(
          LexiconValueProblem("expected a horizon in months or #w, #m, #y, found '\(parts[1])'"))
      }
      return .success(.init(kind: kind, horizon: .months(months)))
    }
  }
}

/// Why a value column was rejected.
struct LexiconValueProblem: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
