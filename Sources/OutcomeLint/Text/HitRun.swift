/// A run of hits in a store (a document's hits of one kind, or one of an
/// anatomy's lists), in text order, read in place.
///
/// A view, not a copy: it does not hold its store, so making one and
/// reading it counts no references (two atomic operations saved on every one
/// of the dozens of lookups an outcome's analysis makes). Use it while the
/// store is held, as every finder, rule and reporter does with the outcome
/// it is given; never keep it beyond that.
public struct HitRun<Store: HitStore>: RandomAccessCollection {
  /// The store whose hits these are (not retained; see the type's discussion).
  let store: Unmanaged<Store>
  /// The positions of the hits in the store's list.
  let positions: Range<Int>

  /// The run `positions` of `store`'s list.
  init(_ store: Store, positions: Range<Int>) {
    self.store = Unmanaged.passUnretained(store)
    self.positions = positions
  }

  public var startIndex: Int { positions.lowerBound }
  public var endIndex: Int { positions.upperBound }

  public subscript(position: Int) -> LexiconHit {
    store._withUnsafeGuaranteedRef { $0.hit(at: position) }
  }
}
