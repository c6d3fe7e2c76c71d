/// What an aspiration or an outcome is about, for the golden thread: one of
/// the four preparing-for-adulthood themes, or one of the four broad areas of
/// need (the family of skills an outcome in that area builds). An outcome and
/// an aspiration about the same theme are linked even when they share no word.
public enum ThreadTheme: Sendable, Hashable {
  /// Employment, independent living, friends and community, or good health.
  case adulthood(AdulthoodTheme)
  /// Communication and interaction, cognition and learning, social, emotional
  /// and mental health, or sensory and/or physical.
  case need(NeedArea)

  /// The theme a thread-themes lexicon value names ("community", "semh").
  public init?(name: String) {
    if let theme = AdulthoodTheme(rawValue: name) {
      self = .adulthood(theme)
    } else if let area = NeedArea(rawValue: name) {
      self = .need(area)
    } else {
      return nil
    }
  }

  /// The theme's name as written in reports and lexicons.
  public var name: String {
    switch self {
    case .adulthood(let theme): theme.name
    case .need(let area): area.name
    }
  }

  /// The theme as a person would write it.
  public var title: String {
    switch self {
    case .adulthood(let theme): theme.title
    case .need(let area): area.title
    }
  }
}
