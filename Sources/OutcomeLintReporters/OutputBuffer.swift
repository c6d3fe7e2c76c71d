import Foundation

/// A large byte buffer reporters write into; flushed to a file handle in
/// big writes rather than a `print` per line. Writes copy straight into the
/// room at the end of its storage, which grows as needed. Noncopyable, so
/// its storage is only ever its own and a write checks only for room.
public struct OutputBuffer: ~Copyable {
  private var storage: OutputStorage
  private var count = 0
  private let handle: FileHandle?
  private static let flushThreshold = 1 << 16

  /// A buffer that flushes to `handle`, or only collects when `handle` is nil
  /// (one record's output, say, so it starts small).
  public init(handle: FileHandle?) {
    self.handle = handle
    storage = OutputStorage(capacity: handle == nil ? Self.recordCapacity : Self.flushThreshold * 2)
  }

  /// Room for a typical record, so most records need no regrowth.
  private static let recordCapacity = 8192

  /// The bytes not yet flushed.
  public var bytes: [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      buffer.baseAddress?.initialize(from: storage.base, count: count)
      initialized = count
    }
  }

  /// Lets `write` put at most `maximum` bytes at the end, where it is handed
  /// a pointer; it returns how many it put there. Inlined, so a small write
  /// is a check and a copy.
  @inline(__always)
  mutating func append(atMost maximum: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
    if _slowPath(storage.capacity - count < maximum) { replaceStorage(toHold: maximum) }
    count += write(storage.base + count)
  }

  /// Moves to larger storage with room for `maximum` more bytes.
  @inline(never)
  private mutating func replaceStorage(toHold maximum: Int) {
    storage = storage.copy(
      count: count, capacity: max(storage.capacity * 2, count + maximum))
  }

  /// Appends bytes.
  @inline(__always)
  private mutating func append(_ more: UnsafeBufferPointer<UInt8>) {
    guard let source = more.baseAddress else { return }
    append(atMost: more.count) { destination in
      destination.initialize(from: source, count: more.count)
      return more.count
    }
  }

  /// Appends UTF-8 text.
  public mutating func write(_ text: String) {
    text.withUTF8Bytes { append($0) }
  }

  /// Appends text fixed when the program is built (keys, punctuation), copying
  /// its bytes whole.
  @inline(__always)
  public mutating func write(literal text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// Appends raw bytes.
  public mutating func write(bytes more: some Sequence<UInt8>) {
    let written: Void? = more.withContiguousStorageIfAvailable { append($0) }
    if written == nil { write(bytes: Array(more)) }
  }

  /// Appends raw bytes.
  public mutating func write(bytes more: [UInt8]) {
    more.withUnsafeBufferPointer { append($0) }
  }

  /// Appends raw bytes.
  public mutating func write(bytes more: UnsafeBufferPointer<UInt8>) {
    append(more)
  }

  /// Appends a whole number in decimal (no string is made).
  public mutating func write(_ number: Int) {
    write(atMost: ByteWriter.numberWidth) { $0.write(number) }
  }

  /// Lets `write` write at most `maximum` bytes through a ``ByteWriter``:
  /// one check for room however many small writes it makes.
  @inline(__always)
  mutating func write(atMost maximum: Int, _ write: (inout ByteWriter) -> Void) {
    append(atMost: maximum) { start in
      var writer = ByteWriter(at: start)
      write(&writer)
      return writer.position - start
    }
  }

  /// Appends `true` or `false`.
  public mutating func write(_ flag: Bool) {
    write(literal: flag ? "true" : "false")
  }

  /// Appends one byte.
  @inline(__always)
  public mutating func write(byte: UInt8) {
    append(atMost: 1) { destination in
      destination.pointee = byte
      return 1
    }
  }

  /// Writes out the buffer if it has grown large.
  public mutating func flushIfNeeded() {
    if count >= Self.flushThreshold { flush() }
  }

  /// Writes out everything buffered.
  public mutating func flush() {
    guard let handle, count > 0 else { return }
    handle.write(Data(bytesNoCopy: storage.base, count: count, deallocator: .none))
    count = 0
  }

  /// Hands over the bytes written so far, without copying them, and starts
  /// again in new storage of the same size (for a buffer without a handle
  /// that a worker reuses).
  public mutating func takeRendered() -> RenderedOutput {
    defer {
      storage = OutputStorage(capacity: storage.capacity)
      count = 0
    }
    return RenderedOutput(storage: storage, count: count)
  }

  /// Appends what another buffer rendered; a large block goes straight to the
  /// handle after what is buffered, rather than being copied.
  public mutating func write(_ rendered: RenderedOutput) {
    guard let handle, rendered.count >= Self.flushThreshold else {
      append(UnsafeBufferPointer(start: rendered.storage.base, count: rendered.count))
      return
    }
    flush()
    handle.write(
      Data(bytesNoCopy: rendered.storage.base, count: rendered.count, deallocator: .none))
  }

  /// The collected text (for a buffer without a handle).
  public var text: String {
    String(decoding: UnsafeBufferPointer(start: storage.base, count: count), as: UTF8.self)
  }
}
