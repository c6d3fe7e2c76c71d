import OutcomeLint

extension FindingCollector {
  /// Reports a finding of the current rule about `outcome`: its message the
  /// `message` pieces joined, its suggestion the `suggestion` pieces joined
  /// (none when there are none). Both are measured first, then written
  /// straight into the collector's texts: no string is made for them.
  mutating func report(
    _ message: MessagePiece..., about outcome: AnalyzedOutcome, at span: TextSpan,
    suggestion: MessagePiece...
  ) {
    let messageCount = Self.count(message)
    let suggestionCount = suggestion.isEmpty ? nil : Self.count(suggestion)
    outcome.document.bytes.withUnsafeBufferPointer { text in
      report(at: span, messageCount: messageCount, suggestionCount: suggestionCount) { start in
        var writer = MessageWriter(position: start, text: text)
        writer.write(message)
        writer.write(suggestion)
      }
    }
  }

  /// How many UTF-8 bytes `pieces` take, joined.
  private static func count(_ pieces: [MessagePiece]) -> Int {
    var count = 0
    for piece in pieces {
      switch piece {
      case .literal(let literal): count += literal.utf8CodeUnitCount
      case .string(let string): count += string.utf8.count
      case .quoted(let span): count += span.end - span.start + 2
      case .alternatives(let entry):
        for value in entry.values { count += value.utf8.count + 2 }
        count +=
          max(0, entry.values.count - 1) * MessageWriter.alternativesSeparator.utf8CodeUnitCount
      }
    }
    return count
  }
}

/// Writes message pieces' bytes into room measured for them.
private struct MessageWriter {
  /// What joins an entry's alternatives.
  static let alternativesSeparator: StaticString = " or "

  /// Where the next byte goes.
  private var position: UnsafeMutablePointer<UInt8>
  /// The outcome's text, which quoted spans are of.
  private let text: UnsafeBufferPointer<UInt8>

  init(position: UnsafeMutablePointer<UInt8>, text: UnsafeBufferPointer<UInt8>) {
    self.position = position
    self.text = text
  }

  /// Writes `pieces`, joined.
  mutating func write(_ pieces: [MessagePiece]) {
    for piece in pieces {
      switch piece {
      case .literal(let literal): write(literal)
      case .string(let string): write(string)
      case .quoted(let span):
        write(quote: UnsafeBufferPointer(rebasing: text[span.start..<span.end]))
      case .alternatives(let entry):
        let values = entry.values
        for index in values.indices {
          if index > 0 { write(Self.alternativesSeparator) }
          write(quoted: values[index])
        }
      }
    }
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
    position.pointee = UInt8(ascii: "'")
    position += 1
    write(bytes)
    position.pointee = UInt8(ascii: "'")
    position += 1
  }

  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    position.initialize(from: base, count: bytes.count)
    position += bytes.count
  }
}
