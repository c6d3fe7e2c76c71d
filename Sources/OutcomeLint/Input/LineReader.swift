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
      if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
        var line = Array(buffer[position..<newline])
        position = newline + 1
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        lineNumber += 1
        return (lineNumber, line)
      }
      if finished {
        guard position < buffer.count else { return nil }
        var line = Array(buffer[position...])
        position = buffer.count
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        lineNumber += 1
        return (lineNumber, line)
      }
      refill()
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
      buffer.append(contentsOf: data)
    }
  }
}
