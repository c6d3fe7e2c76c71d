/// Memory an ``OutputBuffer`` writes into, so writers can copy straight
/// into the room past what is written. Fixed in size: the buffer replaces it
/// with a larger one to grow. A class so a buffer can hand its bytes over
/// (``RenderedOutput``) without copying them.
final class OutputStorage {
  /// The first byte.
  let base: UnsafeMutablePointer<UInt8>
  /// How many bytes fit.
  let capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// New storage for at least `capacity` bytes, starting with this one's first `count`.
  func copy(count: Int, capacity: Int) -> OutputStorage {
    let copy = OutputStorage(capacity: capacity)
    copy.base.initialize(from: base, count: count)
    return copy
  }
}
