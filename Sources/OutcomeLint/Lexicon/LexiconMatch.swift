/// One occurrence of a lexicon phrase in an outcome, as a token range.
public struct LexiconMatch: Sendable, Equatable {
  /// The entry's index in its lexicon (see ``Lexicons/entry(_:of:)``).
  public let entry: Int32
  /// Index of the first token.
  public let firstToken: Int32
  /// Index one past the last token.
  public let endToken: Int32
}

/// All lexicon matches in one outcome, grouped by lexicon; within a lexicon
/// they are leftmost-longest and do not overlap.
public struct LexiconMatches: Sendable {
  private var byKind: [[LexiconMatch]] = Array(repeating: [], count: LexiconKind.allCases.count)

  /// How many matches there are, in every lexicon.
  public var count: Int { byKind.reduce(0) { $0 + $1.count } }

  /// The matches of one lexicon, in text order.
  public subscript(kind: LexiconKind) -> [LexiconMatch] { byKind[kind.rawValue] }

  mutating func removeAll() {
    for index in byKind.indices { byKind[index].removeAll(keepingCapacity: true) }
  }

  /// Appends `match` to the lexicon whose kind has raw value `kind`.
  mutating func append(_ match: LexiconMatch, toKindAt kind: Int) {
    byKind[kind].append(match)
  }
}
