/// A strand of the golden thread: an outcome and an aspiration that share
/// content words after stemming, or themes.
public struct ThreadLink: Sendable, Equatable {
  /// The outcome's index in the plan (0-based).
  public let outcome: Int
  /// The aspiration's index in the plan (0-based).
  public let aspiration: Int
  /// The shared words, as written in the outcome and in the aspiration.
  public let words: [(outcome: String, aspiration: String)]
  /// The shared themes, each with the words that show it in the outcome and
  /// in the aspiration.
  public let themes: [(theme: ThreadTheme, outcome: String, aspiration: String)]
  /// Whether a shared word lies in the outcome's purpose clause.
  public let throughPurpose: Bool

  /// Creates a link.
  public init(
    outcome: Int, aspiration: Int, words: [(outcome: String, aspiration: String)],
    themes: [(theme: ThreadTheme, outcome: String, aspiration: String)] = [],
    throughPurpose: Bool
  ) {
    self.outcome = outcome
    self.aspiration = aspiration
    self.words = words
    self.themes = themes
    self.throughPurpose = throughPurpose
  }

  /// The linking words for a person: "friends", or "friendships/friends" when
  /// the two are written differently.
  public var wordList: [String] {
    words.map { $0.outcome == $0.aspiration ? $0.outcome : "\($0.outcome)/\($0.aspiration)" }
  }

  /// The linking themes for a person: "friends and community (other
  /// children/friends)".
  public var themeList: [String] {
    themes.map {
      "\($0.theme.title) (\($0.outcome == $0.aspiration ? $0.outcome : "\($0.outcome)/\($0.aspiration)"))"
    }
  }

  public static func == (lhs: ThreadLink, rhs: ThreadLink) -> Bool {
    lhs.outcome == rhs.outcome && lhs.aspiration == rhs.aspiration
      && lhs.throughPurpose == rhs.throughPurpose && lhs.wordList == rhs.wordList
      && lhs.themeList == rhs.themeList
  }
}
