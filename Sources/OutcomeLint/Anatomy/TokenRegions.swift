/// Marks which tokens belong to the timeframe, the purpose clause, or the
/// main clause, so finders can ask "is this in the main clause?", which is
/// where the anatomy looks for most wording. One byte of flags per token.
struct TokenRegions {
  /// Per token, its ``main``, ``timeframe`` and ``purpose`` flags.
  private(set) var flags: [UInt8]

  /// The token lies in the main clause (neither timeframe nor purpose).
  static let main: UInt8 = 1
  /// The token lies in a timeframe expression.
  static let timeframe: UInt8 = 2
  /// The token lies in the purpose clause.
  static let purpose: UInt8 = 4

  /// All `count` tokens main, in an array whose storage is moved out of a
  /// worker's `scratch` (see ``giveBack(to:)``).
  init(tokenCount count: Int, scratch: inout AnalysisScratch) {
    flags = .recycled(from: &scratch.tokenRegions, count: count, repeating: Self.main)
  }

  /// Moves the array back into `scratch` for the next outcome, once the
  /// regions are no longer read.
  consuming func giveBack(to scratch: inout AnalysisScratch) {
    scratch.tokenRegions = flags
  }

  mutating func markPurpose(_ purposes: [Purpose]) {
    for purpose in purposes {
      for index in purpose.tokens { flags[index] = flags[index] & ~Self.main | Self.purpose }
    }
  }

  mutating func markTimeframes(_ timeframes: [Timeframe]) {
    for timeframe in timeframes {
      for index in timeframe.tokens { flags[index] = flags[index] & ~Self.main | Self.timeframe }
    }
  }

  /// Whether token `index` lies in the main clause.
  func isMain(_ index: Int) -> Bool { flags[index] & Self.main != 0 }

  /// Whether token `index` lies in a timeframe expression.
  func isTimeframe(_ index: Int) -> Bool { flags[index] & Self.timeframe != 0 }

  /// Whether token `index` lies in the purpose clause.
  func isPurpose(_ index: Int) -> Bool { flags[index] & Self.purpose != 0 }

  /// The first token of the main clause, if any.
  var firstMainToken: Int? { flags.firstIndex { $0 & Self.main != 0 } }

  /// The main-clause tokens, as the anatomy hands them out.
  var mainTokens: MainClauseTokens { MainClauseTokens(flags: flags) }

  /// Whether `hit` has a token in the main clause (not only the timeframe or
  /// the purpose).
  func isMain(_ hit: LexiconHit) -> Bool {
    hit.tokens.contains { isMain($0) }
  }

  /// Appends to `lists` the main-clause hits of `document` that `keep`
  /// accepts, from the lexicon of the anatomy's list `list`, and closes it.
  func appendMainHits(
    _ list: AnatomyHitList, of document: Document, to lists: inout AnatomyHitList.Builder,
    keeping keep: (LexiconHit) -> Bool = { _ in true }
  ) {
    for hit in document.hits(list.lexiconKind) where isMain(hit) && keep(hit) {
      lists.hits.append(hit)
    }
    lists.close(list)
  }
}
