/// The scale quality-assurance panels already use.
public enum Grade: String, Sendable, CaseIterable, Comparable, Codable {
  case outstanding
  case good
  case requiresImprovement = "requires-improvement"
  case inadequate

  /// The grade's name as written in output and options.
  public var name: String { rawValue }

  private var rank: Int {
    switch self {
    case .inadequate: 0
    case .requiresImprovement: 1
    case .good: 2
    case .outstanding: 3
    }
  }

  /// Worse grades compare smaller.
  public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rank < rhs.rank }
}
