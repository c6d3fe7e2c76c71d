/// The three kinds of need an EHC plan covers.
public enum CareDomain: String, Sendable, CaseIterable {
  /// Special educational needs.
  case education
  /// Health needs.
  case health
  /// Social care needs.
  case care

  /// The domain's name as written in reports and lexicons.
  public var name: String { rawValue }

  /// The domain as a person would write it.
  public var title: String {
    switch self {
    case .education: "education"
    case .health: "health"
    case .care: "social care"
    }
  }
}
