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
            for (position, value) in entry.values.enumerated() {
              if position > 0 { writer.write(Self.alternativesSeparator) }
              var value = value
              value.withUTF8 { writer.write(quote: $0) }
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
    var string = string
    string.withUTF8 { write($0) }
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
