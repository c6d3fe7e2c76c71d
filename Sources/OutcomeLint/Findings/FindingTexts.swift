/// A block of bytes holding the texts of findings (messages and
/// suggestions), shared by the findings whose texts it holds, each keeping it
/// alive. A text is written once, into room set aside for it, and never
/// changed while a finding points at it, so findings read their texts in
/// place: no string of their own per text (an allocation, and reference
/// counts each time one is read). A collector writes the findings of one
/// outcome after another into the same block (see ``FindingCollector``),
/// writing over earlier texts only when no finding holds the block any more.
/// Sendable though its bytes are written: bytes a finding points at are never
/// written again while any finding holds the block.
final class FindingTexts: @unchecked Sendable {
  /// The bytes.
  let base: UnsafeMutablePointer<UInt8>
  /// How many bytes it has room for.
  let capacity: Int

  /// A block with room for `capacity` bytes.
  init(capacity: Int) {
    self.capacity = capacity
    base = UnsafeMutablePointer.allocate(capacity: max(capacity, 1))
  }

  deinit {
    base.deallocate()
  }

  /// Copies `text`'s UTF-8 bytes to `destination`.
  @inline(__always)
  static func copy(_ text: String, to destination: UnsafeMutablePointer<UInt8>) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress else { return }
      destination.initialize(from: base, count: bytes.count)
    }
    guard copied == nil else { return }
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      destination.initialize(from: base, count: bytes.count)
    }
  }
}
