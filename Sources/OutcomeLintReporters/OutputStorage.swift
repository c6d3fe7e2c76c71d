/// The bytes an ``OutputBuffer`` has written, in memory it manages itself so
/// writers can copy straight into the room past the end.
final class OutputStorage {
  /// The first byte.
  private(set) var base: UnsafeMutablePointer<UInt8>
  /// How many bytes fit.
  private(set) var capacity: Int
  /// How many bytes are written.
  var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The written bytes.
  var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// A copy of the written bytes with room for at least `capacity`.
  func copy(capacity: Int) -> OutputStorage {
    let copy = OutputStorage(capacity: capacity)
    copy.base.initialize(from: base, count: count)
    copy.count = count
    return copy
  }

  /// Makes room for at least `capacity` bytes, keeping those written.
  func grow(toHold capacity: Int) {
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    grown.initialize(from: base, count: count)
    base.deallocate()
    base = grown
    self.capacity = capacity
  }
}
