/// Marks which tokens belong to the timeframe, the purpose clause, or the
/// main clause, so finders can ask "is this in the main clause?", which is
/// where the anatomy looks for most wording.
struct TokenRegions {
  private(set) var isMain: [Bool]
  private(set) var isTimeframe: [Bool]
  private(set) var isPurpose: [Bool]

  /// All `count` tokens main, in arrays whose storage is moved out of a
  /// worker's `scratch` (see ``giveBack(to:)``).
  init(tokenCount count: Int, scratch: inout AnalysisScratch) {
    isMain = .recycled(from: &scratch.isMain)
    isMain.append(contentsOf: repeatElement(true, count: count))
    isTimeframe = .recycled(from: &scratch.isTimeframe)
    isTimeframe.append(contentsOf: repeatElement(false, count: count))
    isPurpose = .recycled(from: &scratch.isPurpose)
    isPurpose.append(contentsOf: repeatElement(false, count: count))
  }

  /// Moves the arrays back into `scratch` for the next outcome, once the
  /// regions are no longer read.
  consuming func giveBack(to scratch: inout AnalysisScratch) {
    scratch.isMain = isMain
    scratch.isTimeframe = isTimeframe
    scratch.isPurpose = isPurpose
  }

  mutating func markPurpose(_ purposes: [Purpose]) {
    for purpose in purposes {
      for index in purpose.tokens {
        isPurpose[index] = true
        isMain[index] = false
      }
    }
  }

  mutating func markTimeframes(_ timeframes: [Timeframe]) {
    for timeframe in timeframes {
      for index in timeframe.tokens {
        isTimeframe[index] = true
        isMain[index] = false
      }
    }
  }

  /// Whether `hit` has a token in the main clause (not only the timeframe or
  /// the purpose).
  func isMain(_ hit: LexiconHit) -> Bool {
    hit.tokens.contains { isMain[$0] }
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
