/// The preparing-for-adulthood themes outcomes should address from Year 9.
public enum AdulthoodTheme: String, Sendable, CaseIterable {
  /// Higher education and/or employment ("My Learning, My Earning, My Volunteering").
  case employment
  /// Independent living ("My Skills for Living").
  case independentLiving = "independent-living"
  /// Friends, relationships and community ("My Family, My Friends, My Community").
  case community
  /// Being as healthy as possible ("Healthy, Happy, Creative Me").
  case goodHealth = "good-health"

  /// The theme's name as written in reports and lexicons.
  public var name: String { rawValue }

  /// The theme as a person would write it.
  public var title: String {
    switch self {
    case .employment: "employment or higher education"
    case .independentLiving: "independent living"
    case .community: "friends and community"
    case .goodHealth: "good health"
    }
  }
}
