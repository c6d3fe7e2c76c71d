/// The term table's index of its short ASCII terms (see ``FoldedShortKey``):
/// an open-addressing table whose slots hold the key itself beside the id,
/// so a lookup compares two words in the one slot it probes and never reads
/// the spelling arena. Most words of an outcome are found (or not) here.
struct ShortTermIndex: Sendable {
  private struct Slot: Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: Int32 = 0
    var id: Int32 = -1
  }

  private var slots = [Slot](repeating: Slot(), count: 64)
  private var used = 0

  /// The id of `key`, or ``TermID/unknown``.
  func lookup(_ key: FoldedShortKey) -> TermID {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var index = Int(truncatingIfNeeded: key.hash) & mask
      while true {
        let slot = slots[index]
        if slot.id < 0 { return .unknown }
        if slot.low == key.low && slot.high == key.high && Int(slot.count) == key.count {
          return TermID(rawValue: slot.id)
        }
        index = (index + 1) & mask
      }
    }
  }

  /// Adds a new term's key; the key must not be present yet.
  mutating func insert(_ key: FoldedShortKey, id: TermID) {
    if (used + 1) * 2 > slots.count {
      let old = slots.filter { $0.id >= 0 }
      slots = [Slot](repeating: Slot(), count: slots.count * 2)
      for slot in old { place(slot) }
    }
    place(Slot(low: key.low, high: key.high, count: Int32(key.count), id: id.rawValue))
    used += 1
  }

  private mutating func place(_ slot: Slot) {
    let key = FoldedShortKey(low: slot.low, high: slot.high, count: Int(slot.count))
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: key.hash) & mask
    while slots[index].id >= 0 { index = (index + 1) & mask }
    slots[index] = slot
  }
}
