import Foundation

/// A large byte buffer reporters write into; flushed to a file handle in
/// big writes rather than a `print` per line. Writes copy straight into the
/// room at the end of its storage, which grows as needed.
public struct OutputBuffer {
  private var storage: OutputStorage
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
  public var bytes: [UInt8] { Array(storage.written) }

  /// Lets `write` put at most `maximum` bytes at the end, where it is handed
  /// a pointer; it returns how many it put there.
  mutating func append(atMost maximum: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
    if !isKnownUniquelyReferenced(&storage) {
      storage = storage.copy(capacity: storage.count + maximum)
    } else if storage.capacity - storage.count < maximum {
      storage.grow(toHold: max(storage.capacity * 2, storage.count + maximum))
    }
    storage.count += write(storage.base + storage.count)
  }

  /// Appends bytes.
  private mutating func append(_ more: UnsafeBufferPointer<UInt8>) {
    guard let source = more.baseAddress else { return }
    append(atMost: more.count) { destination in
      destination.initialize(from: source, count: more.count)
      return more.count
    }
  }

  /// Appends UTF-8 text.
  public mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends text fixed when the program is built (keys, punctuation), copying
  /// its bytes whole.
  public mutating func write(literal text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// Appends raw bytes.
  public mutating func write(bytes more: some Sequence<UInt8>) {
    write(bytes: Array(more))
  }

  /// Appends raw bytes.
  public mutating func write(bytes more: [UInt8]) {
    more.withUnsafeBufferPointer { append($0) }
  }

  /// Appends a whole number in decimal, digit by digit (no string is made).
  public mutating func write(_ number: Int) {
    append(atMost: 20) { destination in
      var magnitude = number.magnitude
      let sign = number < 0 ? 1 : 0
      if number < 0 { destination.pointee = UInt8(ascii: "-") }
      var digits = 1
      var rest = magnitude / 10
      while rest > 0 {
        digits += 1
        rest /= 10
      }
      var index = sign + digits
      repeat {
        index -= 1
        destination[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      return sign + digits
    }
  }

  /// Appends `true` or `false`.
  public mutating func write(_ flag: Bool) {
    write(literal: flag ? "true" : "false")
  }

  /// Appends one byte.
  public mutating func write(byte: UInt8) {
    append(atMost: 1) { destination in
      destination.pointee = byte
      return 1
    }
  }

  /// Writes out the buffer if it has grown large.
  public mutating func flushIfNeeded() {
    if storage.count >= Self.flushThreshold { flush() }
  }

  /// Writes out everything buffered.
  public mutating func flush() {
    guard let handle, storage.count > 0 else { return }
    handle.write(Data(bytesNoCopy: storage.base, count: storage.count, deallocator: .none))
    clear()
  }

  /// Hands over the bytes written so far and starts again, empty but with
  /// the same room (for a buffer without a handle that is reused).
  public mutating func takeBytes() -> [UInt8] {
    defer { clear() }
    return bytes
  }

  /// Forgets the bytes written, keeping the room.
  private mutating func clear() {
    if isKnownUniquelyReferenced(&storage) {
      storage.count = 0
    } else {
      storage = OutputStorage(capacity: storage.capacity)
    }
  }

  /// The collected text (for a buffer without a handle).
  public var text: String { String(decoding: storage.written, as: UTF8.self) }
}
