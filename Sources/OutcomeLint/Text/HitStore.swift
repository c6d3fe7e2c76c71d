/// An object that keeps lexicon hits in one list, read by position through
/// ``HitRun``: a ``Document`` (all its hits, grouped by kind) or an
/// ``OutcomeAnatomy`` (its lists of hits, one after another).
public protocol HitStore: AnyObject {
  /// The hit at `position` in the store's list.
  func hit(at position: Int) -> LexiconHit
}
