/// The term table's index of its short ASCII terms (see ``FoldedShortKey``).
///
/// Most words of an outcome are found (or not) here, so it is laid out to
/// stay in the first-level cache: an open-addressing table of 4-byte slots,
/// each the term's id beside a 7-bit fingerprint of its key's hash and a bit
/// telling whether the term has a number value, and the keys themselves in a
/// separate array by id, read only when a fingerprint agrees. An unknown word
/// usually costs one slot read and no key read.
struct ShortTermIndex: Sendable {
  /// Per slot: 0 when empty, otherwise the id plus one shifted above the
  /// number-value bit (``numberValueBit``) and the fingerprint (the low 7 bits).
  private var slots = [UInt32](repeating: 0, count: 64)
  /// The bits of a hash below the slot index: 64 minus log2 of the slot count.
  private var shift: UInt64 = 58
  /// Every term's key by id; ``FoldedShortKey/none`` for terms not indexed.
  private var keys: [FoldedShortKey] = []
  private var used = 0
  private static let numberValueBit: UInt32 = 0x80
  private static let fingerprintBits: UInt32 = 0x7F

  /// The id of `key`, or ``TermID/unknown``.
  func lookup(_ key: FoldedShortKey) -> TermID { withView { $0.lookup(key).term } }

  /// The index as plain pointers, for a loop of many lookups, valid only in `body`.
  struct View {
    fileprivate let slots: UnsafeBufferPointer<UInt32>
    fileprivate let keys: UnsafeBufferPointer<FoldedShortKey>
    fileprivate let shift: UInt64

    /// The id of `key`, or ``TermID/unknown``, and whether the term has a
    /// number value (see ``TermTable/numberValue(of:)``).
    @inline(__always)
    func lookup(_ key: FoldedShortKey) -> (term: TermID, hasNumberValue: Bool) {
      let hash = key.hash
      let fingerprint = ShortTermIndex.fingerprint(hash, shift: shift)
      var index = Int(truncatingIfNeeded: hash &>> shift)
      let mask = slots.count &- 1
      while true {
        let slot = slots[index]
        if slot == 0 { return (.unknown, false) }
        if slot & ShortTermIndex.fingerprintBits == fingerprint {
          let id = Int(slot &>> 8) &- 1
          if keys[id] == key {
            return (
              TermID(rawValue: Int32(truncatingIfNeeded: id)),
              slot & ShortTermIndex.numberValueBit != 0
            )
          }
        }
        index = (index &+ 1) & mask
      }
    }
  }

  /// Calls `body` with a ``View`` of the index.
  func withView<Result, Failure: Error>(_ body: (View) throws(Failure) -> Result)
    throws(Failure) -> Result
  {
    try slots.withUnsafeBufferPointer { slots throws(Failure) in
      try keys.withUnsafeBufferPointer { keys throws(Failure) in
        try body(View(slots: slots, keys: keys, shift: shift))
      }
    }
  }

  /// Records term `id` (the next id) under `key`, or as not indexed when `key` is nil.
  mutating func append(_ key: FoldedShortKey?, id: TermID) {
    precondition(Int(id.rawValue) == keys.count, "terms are appended in id order")
    precondition(id.rawValue < 1 << 23, "a slot holds a 24-bit id")
    keys.append(key ?? .none)
    guard let key else { return }
    // Kept at most 5/16 full: most words are found in their first slot,
    // and the table (4 bytes a slot) still fits in the first-level cache.
    if (used + 1) * 16 > slots.count * 5 {
      let old = slots
      slots = [UInt32](repeating: 0, count: slots.count * 2)
      shift -= 1
      for slot in old where slot != 0 {
        let other = Int(slot >> 8) - 1
        place(keys[other], id: other, flags: slot & Self.numberValueBit)
      }
    }
    place(key, id: Int(id.rawValue), flags: 0)
    used += 1
  }

  /// Records that term `id`, if indexed, has a number value.
  mutating func markNumberValue(of id: TermID) {
    let key = keys[Int(id.rawValue)]
    guard key != .none else { return }
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: key.hash &>> shift)
    while Int(slots[index] >> 8) - 1 != Int(id.rawValue) { index = (index + 1) & mask }
    slots[index] |= Self.numberValueBit
  }

  private mutating func place(_ key: FoldedShortKey, id: Int, flags: UInt32) {
    let hash = key.hash
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash &>> shift)
    while slots[index] != 0 { index = (index + 1) & mask }
    slots[index] = UInt32(id + 1) << 8 | flags | Self.fingerprint(hash, shift: shift)
  }

  /// The seven hash bits just below those that pick the slot.
  private static func fingerprint(_ hash: UInt64, shift: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: hash &>> (shift &- 7)) & fingerprintBits
  }
}
