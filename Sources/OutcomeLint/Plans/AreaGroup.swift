/// The row of the audit summary's outcome grades by area that an outcome
/// counts in: the area its `area` field names (an area of need, education,
/// health, social care or preparing for adulthood), an area name that is not
/// recognised, or no area given.
public enum AreaGroup: Sendable, Hashable {
  /// The `area` field names a recognised area.
  case area(PlanArea)
  /// The `area` field names no area the need-areas lexicon knows.
  case unrecognised
  /// The outcome has no `area` field.
  case none

  /// Every group in report order: the four areas of need, education, health,
  /// social care, preparing for adulthood, then unrecognised and none.
  public static let all: [AreaGroup] =
    NeedArea.allCases.map { .area(.need($0)) } + CareDomain.allCases.map { .area(.domain($0)) }
    + [.area(.adulthood), .unrecognised, .none]

  /// The group of an outcome whose `area` field is `name`, recognised as `area`.
  public init(name: String?, area: PlanArea?) {
    if let area {
      self = .area(area)
    } else {
      self = name == nil ? .none : .unrecognised
    }
  }

  /// The group as a person would write it.
  public var title: String {
    switch self {
    case .area(let area): area.title
    case .unrecognised: "area not recognised"
    case .none: "no area given"
    }
  }
}
