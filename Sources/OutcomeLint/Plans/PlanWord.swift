/// A content word of an outcome or aspiration: as written (lower case) and
/// its stem, which is what links are made on.
public struct PlanWord: Sendable, Equatable, Hashable {
  /// The word as written, in lower case.
  public let word: String
  /// Its stem ("friendships" -> "friend").
  public let stem: String

  /// Creates a word.
  public init(word: String, stem: String) {
    self.word = word
    self.stem = stem
  }

  /// The word token at `index` of `document` in lower case, without a
  /// possessive "'s" ("Kai's" -> "kai").
  static func lowercasedWord(at index: Int, in document: Document) -> String {
    var word = document.lowercasedWord(index)
    for ending in ["'s", "’s"] where word.hasSuffix(ending) { word.removeLast(2) }
    return word
  }
}
