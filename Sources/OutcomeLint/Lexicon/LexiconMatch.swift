/// One occurrence of a lexicon phrase in an outcome, as a token range.
public struct LexiconMatch: Sendable, Equatable {
  /// The lexicon the phrase belongs to.
  public let kind: LexiconKind
  /// The entry's index in its lexicon (see ``Lexicons/entry(_:of:)``).
  public let entry: Int32
  /// Index of the first token.
  public let firstToken: Int32
  /// Index one past the last token.
  public let endToken: Int32
}

/// All lexicon matches in one outcome, in one array in the order found (by
/// first token); within a lexicon they are leftmost-longest and do not
/// overlap. One array, reused by the worker, rather than one per lexicon.
public struct LexiconMatches: Sendable {
  /// Every match, by first token.
  public private(set) var all: [LexiconMatch] = []
  /// How many matches each lexicon has, by the kind's raw value.
  private(set) var counts: [Int32] = Array(repeating: 0, count: LexiconKind.allCases.count)

  /// Replaces every match with `found` and every lexicon's count with `counts`.
  mutating func replaceAll(
    with found: UnsafeBufferPointer<LexiconMatch>, counts: UnsafeBufferPointer<Int32>
  ) {
    all.removeAll(keepingCapacity: true)
    all.append(contentsOf: found)
    self.counts.withUnsafeMutableBufferPointer { _ = $0.update(fromContentsOf: counts) }
  }
}
