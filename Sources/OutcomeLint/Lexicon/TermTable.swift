/// Every case-folded word the lexicons know, interned once into an id.
///
/// An open-addressing hash table over one byte arena: looking a token up
/// hashes its folded bytes and compares them in place, with no `String` made.
/// Immutable once built, so one table is shared by every worker.
public struct TermTable: Sendable {
  private var arena: [UInt8] = []
  private var offsets: [Int32] = [0]
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var numberValues: [Double?] = []
  /// One bit per term with a number value, so most tokens look up a few
  /// hundred bytes instead of ``numberValues``.
  private var hasNumberValue: [UInt64] = []
  /// The short ASCII terms again, for ``lookupFoldingASCII(_:)``.
  private var shortTerms = ShortTermIndex()

  /// The number of interned terms (the `#` placeholder included).
  public var count: Int { offsets.count - 1 }

  init() {
    _ = intern(Array("#".utf8))
  }

  /// The id of `key`, or ``TermID/unknown``.
  public func lookup(_ key: UnsafeBufferPointer<UInt8>) -> TermID {
    let mask = slots.count - 1
    var slot = Int(Self.hash(key) & UInt64(mask))
    while true {
      let id = slots[slot]
      if id < 0 { return .unknown }
      if equals(id, key) { return TermID(rawValue: id) }
      slot = (slot + 1) & mask
    }
  }

  /// The id of an ASCII `segment`'s folded spelling (letters lower-cased, as
  /// ``CaseFolding`` folds them) and the segment's letter case, with no
  /// buffer; nil when the segment is not ASCII and needs ``CaseFolding``.
  /// A segment of up to 16 bytes is folded and looked up a word at a time
  /// (see ``FoldedShortKey``); a longer one a byte at a time.
  func lookupFoldingASCII(_ segment: UnsafeBufferPointer<UInt8>)
    -> (term: TermID, letterCase: LetterCase)?
  {
    guard let base = segment.baseAddress else { return (.unknown, .none) }
    if segment.count <= FoldedShortKey.capacity {
      guard
        let (key, letterCase) = FoldedShortKey.fold(
          base, count: segment.count, readable: segment.count)
      else { return nil }
      return (shortTerms.lookup(key), letterCase)
    }
    var counter = CaseFolding.CaseCounter()
    var hash = Self.hashSeed
    for byte in segment {
      guard byte < 0x80 else { return nil }
      let folded = CaseFolding.foldASCII(byte, counting: &counter)
      hash = Self.hash(hash, folded)
    }
    let mask = slots.count - 1
    var slot = Int(Self.finish(hash) & UInt64(mask))
    while true {
      let id = slots[slot]
      if id < 0 { return (.unknown, counter.letterCase) }
      if equalsFolded(id, segment) { return (TermID(rawValue: id), counter.letterCase) }
      slot = (slot + 1) & mask
    }
  }

  /// Calls `body` with a view of the short ASCII terms' index, for looking
  /// up many keys folded with ``FoldedShortKey/fold(_:count:readable:)``.
  func withShortTerms<Result, Failure: Error>(
    _ body: (ShortTermIndex.View) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try shortTerms.withView(body)
  }

  /// The folded spelling of `term`.
  public func spelling(of term: TermID) -> String {
    guard term.rawValue >= 0 else { return "" }
    let start = Int(offsets[Int(term.rawValue)])
    let end = Int(offsets[Int(term.rawValue) + 1])
    return String(decoding: arena[start..<end], as: UTF8.self)
  }

  /// The value the number-words lexicon gives `term`, if any.
  public func numberValue(of term: TermID) -> Double? {
    let index = Int(term.rawValue)
    guard index > 0, hasNumberValue[index &>> 6] & (1 &<< UInt64(index & 63)) != 0 else {
      return nil
    }
    return numberValues[index]
  }

  /// Adds `key` if new and returns its id.
  mutating func intern(_ key: [UInt8]) -> TermID {
    let existing = key.withUnsafeBufferPointer { lookup($0) }
    if existing != .unknown { return existing }
    let id = Int32(count)
    arena.append(contentsOf: key)
    offsets.append(Int32(arena.count))
    numberValues.append(nil)
    if hasNumberValue.count * 64 < count { hasNumberValue.append(0) }
    if count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { insert(id) }
    shortTerms.append(FoldedShortKey.folded(key), id: TermID(rawValue: id))
    return TermID(rawValue: id)
  }

  /// Records the numeric value of a number word.
  mutating func setNumberValue(_ value: Double, for term: TermID) {
    let index = Int(term.rawValue)
    numberValues[index] = value
    hasNumberValue[index >> 6] |= 1 << UInt64(index & 63)
    // `numberValue(of:)` never gives the `#` placeholder a value.
    if index > 0 { shortTerms.markNumberValue(of: term) }
  }

  private mutating func insert(_ id: Int32) {
    let mask = slots.count - 1
    let start = Int(offsets[Int(id)])
    let end = Int(offsets[Int(id) + 1])
    var slot = arena[start..<end].withUnsafeBufferPointer { Int(Self.hash($0) & UInt64(mask)) }
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = id
  }

  private mutating func rehash(capacity: Int) {
    slots = Array(repeating: -1, count: capacity)
    for id in 0..<Int32(count) { insert(id) }
  }

  private func equals(_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(offsets[Int(id)])
    let end = Int(offsets[Int(id) + 1])
    guard end - start == key.count else { return false }
    return arena.withUnsafeBufferPointer { arena in
      var index = 0
      while index < key.count {
        if arena[start + index] != key[index] { return false }
        index += 1
      }
      return true
    }
  }

  /// Whether term `id` is spelled as the ASCII `segment` with its letters lower-cased.
  private func equalsFolded(_ id: Int32, _ segment: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(offsets[Int(id)])
    let end = Int(offsets[Int(id) + 1])
    guard end - start == segment.count else { return false }
    var ignored = CaseFolding.CaseCounter()
    return arena.withUnsafeBufferPointer { arena in
      var index = 0
      while index < segment.count {
        if arena[start + index] != CaseFolding.foldASCII(segment[index], counting: &ignored) {
          return false
        }
        index += 1
      }
      return true
    }
  }

  private static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// One byte of FNV-1a, 64-bit.
  private static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  private static func finish(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }

  /// FNV-1a, 64-bit, of a folded key.
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    finish(key.reduce(hashSeed, hash))
  }
}
