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
    bytes.append(contentsOf: text.utf8)
  }

  /// Appends raw bytes.
  public mutating func write(bytes more: some Sequence<UInt8>) {
    bytes.append(contentsOf: more)
  }

  /// Appends a whole number in decimal (a short string, kept inline, not allocated).
  public mutating func write(_ number: Int) {
    bytes.append(contentsOf: String(number).utf8)
  }

  /// Appends `true` or `false`.
  public mutating func write(_ flag: Bool) {
    write(flag ? "true" : "false")
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
    handle.write(Data(bytes))
    bytes.removeAll(keepingCapacity: true)
  }

  /// The collected text (for a buffer without a handle).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
