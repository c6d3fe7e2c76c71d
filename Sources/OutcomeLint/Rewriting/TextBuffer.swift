/// UTF-8 text written piece by piece into one growing allocation and made
/// into a `String` once: the rewriter's way of writing text without building
/// a string per word.
struct TextBuffer: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// How many bytes are written.
  private(set) var count = 0

  /// An empty buffer with room for `capacity` bytes before it grows.
  init(capacity: Int = 256) {
    self.capacity = max(capacity, 16)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// The byte at `offset`.
  subscript(offset: Int) -> UInt8 {
    get {
      precondition(offset >= 0 && offset < count, "offset outside the text")
      return start[offset]
    }
    set {
      precondition(offset >= 0 && offset < count, "offset outside the text")
      start[offset] = newValue
    }
  }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    start[count] = byte
    count += 1
  }

  /// Appends `bytes`.
  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (start + count).update(from: base, count: bytes.count)
    count += bytes.count
  }

  /// Appends `text` as UTF-8.
  mutating func append(_ text: String) {
    let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
    guard appended == nil else { return }
    for byte in text.utf8 { append(byte) }
  }

  /// Appends text fixed when the program is built.
  @inline(__always)
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// Appends the bytes of `span` of `bytes`.
  mutating func append(_ bytes: [UInt8], _ span: TextSpan) {
    bytes.withUnsafeBufferPointer {
      append(UnsafeBufferPointer(rebasing: $0[span.start..<span.end]))
    }
  }

  /// Appends a copy of bytes `range`, already written.
  mutating func appendCopy(of range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "range outside the text")
    reserve(range.count)
    (start + count).update(from: start + range.lowerBound, count: range.count)
    count += range.count
  }

  /// Whether bytes `range` and `other` are the same.
  func bytes(_ range: Range<Int>, equal other: Range<Int>) -> Bool {
    range.count == other.count
      && UnsafeBufferPointer(start: start + range.lowerBound, count: range.count).elementsEqual(
        UnsafeBufferPointer(start: start + other.lowerBound, count: other.count))
  }

  /// Calls `body` with bytes `range`, read in place.
  func withBytes<Result>(
    _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "range outside the text")
    return body(UnsafeBufferPointer(start: start + range.lowerBound, count: range.count))
  }

  /// The text of bytes `range`.
  func string(_ range: Range<Int>) -> String {
    withBytes(range) { String(decoding: $0, as: UTF8.self) }
  }

  /// Empties the buffer, with room for at least `capacity` bytes before it grows.
  mutating func reset(capacity minimum: Int) {
    count = 0
    guard minimum > capacity else { return }
    start.deallocate()
    capacity = minimum
    start = .allocate(capacity: minimum)
  }

  /// Takes off every byte from `offset` on.
  mutating func removeAll(from offset: Int) {
    precondition(offset >= 0 && offset <= count, "offset outside the text")
    count = offset
  }

  /// The text from byte `offset` on.
  func string(from offset: Int = 0) -> String {
    String(
      decoding: UnsafeBufferPointer(start: start + offset, count: count - offset), as: UTF8.self)
  }

  /// Whether every byte from `offset` for `length` bytes (or to the end) is ASCII.
  func isASCII(from offset: Int, length: Int) -> Bool {
    (offset..<min(offset + length, count)).allSatisfy { start[$0] < 0x80 }
  }

  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(toHold: extra) }
  }

  /// Moves to a larger allocation with room for `extra` more bytes.
  @inline(never)
  private mutating func grow(toHold extra: Int) {
    let grown = max(capacity * 2, count + extra)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    moved.update(from: start, count: count)
    start.deallocate()
    start = moved
    capacity = grown
  }
}
