/// How serious a finding is (Vale's three levels).
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
  /// Fails the dimension: the guidance says this is not a good outcome.
  case error
  /// Weakens the dimension: should be fixed.
  case warning
  /// Could be better.
  case suggestion

  /// Points taken off the dimension's score per finding.
  public var penalty: Int {
    switch self {
    case .error: 60
    case .warning: 35
    case .suggestion: 10
    }
  }

  private var rank: Int {
    switch self {
    case .suggestion: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
