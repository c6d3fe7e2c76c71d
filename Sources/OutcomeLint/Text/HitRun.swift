/// The hits of one lexicon kind in a document, in text order, read in place.
///
/// A view, not a copy: it does not hold its document, so making one and
/// reading it counts no references (two atomic operations per call saved on
/// every one of the dozens of lookups an outcome's analysis makes). Use it
/// while the document is held, as every finder, rule and reporter does with
/// the document it is given; never keep it beyond that.
public struct HitRun: RandomAccessCollection, Sendable {
  /// The document whose hits these are (not retained; see the type's discussion).
  let document: Unmanaged<Document>
  /// The positions of the hits in the document's list of all hits.
  let positions: Range<Int>

  public var startIndex: Int { positions.lowerBound }
  public var endIndex: Int { positions.upperBound }

  public subscript(position: Int) -> LexiconHit {
    document._withUnsafeGuaranteedRef { $0.hit(at: position) }
  }
}
