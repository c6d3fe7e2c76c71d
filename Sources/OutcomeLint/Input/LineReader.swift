import Foundation

/// Reads a file descriptor line by line in large chunks, without holding the
/// whole input in memory. Lines are split on LF; a trailing CR is removed.
public final class LineReader {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var position = 0
  private var finished = false
  private(set) var lineNumber = 0
  private static let chunkSize = 1 << 16

  /// Reads from `handle` (not closed by the reader).
  public init(handle: FileHandle) {
    self.handle = handle
  }

  /// The next line and its 1-based number, or nil at the end of input.
  public func nextLine() -> (number: Int, bytes: [UInt8])? {
    while true {
      if let newline = Self.firstNewline(in: buffer, from: position) {
        let line = line(position..<newline)
        position = newline + 1
        return line
      }
      if finished {
        guard position < buffer.count else { return nil }
        let line = line(position..<buffer.count)
        position = buffer.count
        return line
      }
      refill()
    }
  }

  /// The line in `range` of the buffer, without a trailing CR, numbered.
  private func line(_ range: Range<Int>) -> (number: Int, bytes: [UInt8]) {
    var end = range.upperBound
    if end > range.lowerBound, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    lineNumber += 1
    return (lineNumber, Array(buffer[range.lowerBound..<end]))
  }

  /// The offset of the first LF at or after `start`, found with `memchr`.
  private static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { bytes in
      guard start < bytes.count, let base = bytes.baseAddress,
        let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
      else { return nil }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
  }

  private func refill() {
    if position > 0 {
      buffer.removeFirst(position)
      position = 0
    }
    let data = handle.readData(ofLength: Self.chunkSize)
    if data.isEmpty {
      finished = true
    } else {
      data.withUnsafeBytes { buffer.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
    }
  }
}
