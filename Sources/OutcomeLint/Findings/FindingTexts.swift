/// A block of bytes holding the texts of findings (messages and
/// suggestions), shared by the findings whose texts it holds, each keeping it
/// alive. A text is written once, into room set aside for it, and never
/// changed while a finding points at it, so findings read their texts in
/// place: no string of their own per text (an allocation, and reference
/// counts each time one is read). A collector writes the findings of one
/// outcome after another into the same block, starting it over only when no
/// finding of an earlier outcome holds it any more.
/// Sendable though it is written to: bytes a finding points at are never
/// written again while any finding holds the block.
final class FindingTexts: @unchecked Sendable {
  /// The bytes.
  private let base: UnsafeMutablePointer<UInt8>
  /// How many bytes it has room for.
  private let capacity: Int
  /// How many bytes are written.
  private var count = 0

  /// An empty block with room for `capacity` bytes.
  init(capacity: Int) {
    self.capacity = capacity
    base = UnsafeMutablePointer.allocate(capacity: max(capacity, 1))
  }

  deinit {
    base.deallocate()
  }

  /// Whether `count` more bytes fit.
  func hasRoom(for count: Int) -> Bool {
    capacity - self.count >= count
  }

  /// Forgets every text written, to write new ones over them: only when no
  /// finding holds the block.
  func removeAll() {
    count = 0
  }

  /// Lets `write` write `count` bytes, which must fit, and returns them.
  func append(count: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Void)
    -> UnsafeBufferPointer<UInt8>
  {
    precondition(hasRoom(for: count), "finding text written without room")
    let start = base + self.count
    write(start)
    self.count += count
    return UnsafeBufferPointer(start: start, count: count)
  }

  /// Appends `text`'s UTF-8 bytes, which must fit, and returns them.
  func append(_ text: String) -> UnsafeBufferPointer<UInt8> {
    append(count: text.utf8.count) { start in
      _ = UnsafeMutableBufferPointer(start: start, count: text.utf8.count).initialize(
        from: text.utf8)
    }
  }
}
