/// The matches of one lexicon outside a draft's prompts, in text order, read
/// in place: a view like ``HitRun``, holding neither the document nor the
/// draft, so making and reading one counts no references. Use it while the
/// draft works, never beyond.
struct DraftHits: Sequence {
  /// The document's matches of the lexicon.
  let run: HitRun<Document>
  /// The draft whose prompts' matches are skipped (not retained).
  let draft: Unmanaged<RewriteDraft>
  /// Whether the draft has prompts whose matches to skip.
  let skipsPrompts: Bool

  /// Whether there is no match outside the prompts.
  var isEmpty: Bool {
    var iterator = makeIterator()
    return iterator.next() == nil
  }

  func makeIterator() -> Iterator { Iterator(hits: self, position: run.startIndex) }

  /// Reads the matches one by one, skipping those in prompts.
  struct Iterator: IteratorProtocol {
    let hits: DraftHits
    var position: Int

    mutating func next() -> LexiconHit? {
      while position < hits.run.endIndex {
        let hit = hits.run[position]
        position += 1
        guard hits.skipsPrompts else { return hit }
        let inPrompt = hits.draft._withUnsafeGuaranteedRef { draft in
          hit.tokens.contains(where: draft.inPrompt)
        }
        if !inPrompt { return hit }
      }
      return nil
    }
  }
}
