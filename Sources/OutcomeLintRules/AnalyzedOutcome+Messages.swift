import OutcomeLint

extension AnalyzedOutcome {
  /// `pieces` joined into one string, for a finding's message or suggestion:
  /// measured first, then written into the string's storage in one pass.
  func message(_ pieces: MessagePiece...) -> String {
    var count = 0
    for piece in pieces {
      switch piece {
      case .literal(let literal): count += literal.utf8CodeUnitCount
      case .string(let string): count += string.utf8.count
      case .quoted(let span): count += span.end - span.start + 2
      case .alternatives(let entry):
        for value in entry.values { count += value.utf8.count + 2 }
        count += max(0, entry.values.count - 1) * Self.alternativesSeparator.utf8CodeUnitCount
      }
    }
    return document.bytes.withUnsafeBufferPointer { text in
      String(unsafeUninitializedCapacity: count) { buffer in
        var writer = MessageWriter(buffer: buffer)
        for piece in pieces {
          switch piece {
          case .literal(let literal): writer.write(literal)
          case .string(let string): writer.write(string)
          case .quoted(let span):
            writer.write(quote: UnsafeBufferPointer(rebasing: text[span.start..<span.end]))
          case .alternatives(let entry):
            let values = entry.values
            for index in values.indices {
              if index > 0 { writer.write(Self.alternativesSeparator) }
              writer.write(quoted: values[index])
            }
          }
        }
        return writer.count
      }
    }
  }

  /// What joins an entry's alternatives.
  private static let alternativesSeparator: StaticString = " or "
}

/// Writes a message's bytes into storage measured for them.
private struct MessageWriter {
  let buffer: UnsafeMutableBufferPointer<UInt8>
  private(set) var count = 0

  init(buffer: UnsafeMutableBufferPointer<UInt8>) {
    self.buffer = buffer
  }

  mutating func write(_ literal: StaticString) {
    literal.withUTF8Buffer { write($0) }
  }

  mutating func write(_ string: String) {
    withUTF8(of: string) { write($0) }
  }

  /// `string` in single quotes.
  mutating func write(quoted string: String) {
    withUTF8(of: string) { write(quote: $0) }
  }

  /// Calls `body` with the UTF-8 bytes of `string`: its own storage, or a
  /// contiguous copy when it has none.
  private func withUTF8(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    if string.utf8.withContiguousStorageIfAvailable(body) == nil {
      var string = string
      string.withUTF8(body)
    }
  }

  /// `bytes` in single quotes.
  mutating func write(quote bytes: UnsafeBufferPointer<UInt8>) {
    buffer[count] = UInt8(ascii: "'")
    count += 1
    write(bytes)
    buffer[count] = UInt8(ascii: "'")
    count += 1
  }

  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    (buffer.baseAddress! + count).update(from: base, count: bytes.count)
    count += bytes.count
  }
}
