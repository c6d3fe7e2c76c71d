/// For each token of an outcome, whether it lies in the main clause rather
/// than in the timeframe or the purpose clause (see
/// ``OutcomeAnatomy/isMainToken``). Read by index, like an array of flags.
public struct MainClauseTokens: RandomAccessCollection, Sendable {
  /// The anatomy's per-token region flags (see `TokenRegions`).
  let flags: [UInt8]

  public var startIndex: Int { 0 }
  public var endIndex: Int { flags.count }

  /// Whether token `index` lies in the main clause.
  public subscript(index: Int) -> Bool { flags[index] & TokenRegions.main != 0 }
}
