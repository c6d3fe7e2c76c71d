/// What an outcome's `area` field names: one of the four broad areas of need,
/// education, health or care, or preparing for adulthood.
public enum PlanArea: Sendable, Hashable {
  /// A broad area of need (which is an education need).
  case need(NeedArea)
  /// Education, health or social care.
  case domain(CareDomain)
  /// Preparing for adulthood, which spans all three.
  case adulthood

  /// The care domain the area belongs to, if it names one.
  public var domain: CareDomain? {
    switch self {
    case .need: .education
    case .domain(let domain): domain
    case .adulthood: nil
    }
  }

  /// The area as a person would write it.
  public var title: String {
    switch self {
    case .need(let need): need.title
    case .domain(let domain): domain.title
    case .adulthood: "preparing for adulthood"
    }
  }
}
