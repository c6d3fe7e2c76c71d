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
  func hits(_ kind: LexiconKind) -> LazyFilterSequence<HitRun<Document>> {
    document.hits(kind).lazy.filter(isMain)
  }

  /// Appends to `lists` the main-clause hits of `kind` that `keep` accepts,
  /// as the anatomy's list of the same name, and closes it.
  func append(
    _ list: AnatomyHitList, to lists: inout AnatomyHitList.Builder,
    keeping keep: (LexiconHit) -> Bool = { _ in true }
  ) {
    for hit in document.hits(list.lexiconKind) where isMain(hit) && keep(hit) {
      lists.hits.append(hit)
    }
    lists.close(list)
  }
}
