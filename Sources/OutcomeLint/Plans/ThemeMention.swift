/// Where an aspiration or an outcome shows a theme: the theme and the words
/// that show it, as written ("other children"), or the outcome's `area` field
/// ("area: communication and interaction").
public struct ThemeMention: Sendable, Equatable {
  /// The theme shown.
  public let theme: ThreadTheme
  /// The words that show it.
  public let words: String

  /// Creates a mention.
  public init(theme: ThreadTheme, words: String) {
    self.theme = theme
    self.words = words
  }
}
