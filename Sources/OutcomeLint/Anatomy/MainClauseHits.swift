/// The hits of a lexicon that touch the main clause (not only the timeframe
/// or the purpose), which is where the anatomy looks for most wording.
struct MainClauseHits {
  let document: Document
  let regions: TokenRegions

  /// Whether `hit` has a token in the main clause.
  func isMain(_ hit: LexiconHit) -> Bool {
    hit.tokens.contains { regions.isMain[$0] }
  }

  /// The main-clause hits of `kind`, in text order.
  func hits(_ kind: LexiconKind) -> LazyFilterSequence<HitRun> {
    document.hits(kind).lazy.filter(isMain)
  }

  /// The main-clause hits of `kind` that `keep` accepts, built in storage
  /// recycled from `storage` (see ``AnalysisScratch``).
  func refill(
    _ kind: LexiconKind, _ storage: inout [LexiconHit],
    keeping keep: (LexiconHit) -> Bool = { _ in true }
  ) -> [LexiconHit] {
    [LexiconHit].refilling(&storage) { list in
      for hit in document.hits(kind) where isMain(hit) && keep(hit) {
        list.append(hit)
      }
    }
  }
}
