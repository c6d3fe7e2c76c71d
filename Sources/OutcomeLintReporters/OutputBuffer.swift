import Foundation

/// A large byte buffer reporters write into; flushed to a file handle in
/// big writes rather than a `print` per line.
public struct OutputBuffer {
  /// The bytes not yet flushed.
  public internal(set) var bytes: [UInt8] = []
  private let handle: FileHandle?
  private static let flushThreshold = 1 << 16

  /// A buffer that flushes to `handle`, or only collects when `handle` is nil
  /// (one record's output, say, so it starts small).
  public init(handle: FileHandle?) {
    self.handle = handle
    bytes.reserveCapacity(handle == nil ? Self.recordCapacity : Self.flushThreshold * 2)
  }

  /// Room for a typical record, so most records need no regrowth.
  private static let recordCapacity = 8192

  /// Appends UTF-8 text.
  public mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends text fixed when the program is built (keys, punctuation), copying
  /// its bytes whole.
  public mutating func write(literal text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends raw bytes.
  public mutating func write(bytes more: some Sequence<UInt8>) {
    bytes.append(contentsOf: more)
  }

  /// Appends raw bytes.
  public mutating func write(bytes more: [UInt8]) {
    bytes.append(contentsOf: more)
  }

  /// Appends a whole number in decimal, digit by digit (no string is made).
  public mutating func write(_ number: Int) {
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    guard magnitude >= 10 else {
      bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude))
      return
    }
    var divisor: UInt = 10
    while magnitude / divisor >= 10 { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude / divisor))
      magnitude %= divisor
      divisor /= 10
    }
  }

  /// Appends `true` or `false`.
  public mutating func write(_ flag: Bool) {
    write(literal: flag ? "true" : "false")
  }

  /// Appends one byte.
  public mutating func write(byte: UInt8) {
    bytes.append(byte)
  }

  /// Writes out the buffer if it has grown large.
  public mutating func flushIfNeeded() {
    if bytes.count >= Self.flushThreshold { flush() }
  }

  /// Writes out everything buffered.
  public mutating func flush() {
    guard let handle, !bytes.isEmpty else { return }
    bytes.withUnsafeMutableBytes { buffer in
      handle.write(Data(bytesNoCopy: buffer.baseAddress!, count: buffer.count, deallocator: .none))
    }
    bytes.removeAll(keepingCapacity: true)
  }

  /// Hands over the bytes written so far and starts again, empty but with
  /// the same room (for a buffer without a handle that is reused).
  public mutating func takeBytes() -> [UInt8] {
    let taken = bytes
    bytes.removeAll(keepingCapacity: true)
    return taken
  }

  /// The collected text (for a buffer without a handle).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
