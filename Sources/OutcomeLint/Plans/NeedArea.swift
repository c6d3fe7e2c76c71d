/// The four broad areas of need the SEND Code of Practice names.
public enum NeedArea: String, Sendable, CaseIterable {
  /// Communication and interaction.
  case communication = "communication-interaction"
  /// Cognition and learning.
  case cognition = "cognition-learning"
  /// Social, emotional and mental health.
  case semh
  /// Sensory and/or physical.
  case sensoryPhysical = "sensory-physical"

  /// The area's name as written in reports.
  public var name: String { rawValue }

  /// The area as a person would write it.
  public var title: String {
    switch self {
    case .communication: "communication and interaction"
    case .cognition: "cognition and learning"
    case .semh: "social, emotional and mental health"
    case .sensoryPhysical: "sensory and/or physical"
    }
  }
}
