/// Text a rewrite writes from a template ("Wrote '…' for '…'"), built by
/// string interpolation into room on the stack and made into a string once,
/// rather than grown piece by piece.
struct DraftText: ExpressibleByStringInterpolation {
  /// The text written.
  let string: String

  init(stringLiteral value: String) {
    string = value
  }

  init(stringInterpolation: Interpolation) {
    string = stringInterpolation.text
  }

  /// Collects the template's pieces: in room of its own while they fit (as
  /// they almost always do), then in a string.
  struct Interpolation: StringInterpolationProtocol {
    private static let room = 256
    private var bytes = InlineArray<256, UInt8>(repeating: 0)
    private var count = 0
    /// The text once it outgrew the room.
    private var overflow: String?

    init(literalCapacity: Int, interpolationCount: Int) {}

    mutating func appendLiteral(_ literal: String) {
      append(literal)
    }

    mutating func appendInterpolation(_ part: String) {
      append(part)
    }

    /// The text collected.
    fileprivate var text: String {
      if let overflow { return overflow }
      return bytes.span.withUnsafeBufferPointer { buffer in
        String(decoding: buffer[..<count], as: UTF8.self)
      }
    }

    private mutating func append(_ part: String) {
      guard overflow == nil else { return overflow!.append(part) }
      let length = part.utf8.count
      guard count + length <= Self.room else {
        overflow = text + part
        return
      }
      let start = count
      var room = bytes.mutableSpan
      var part = part
      part.withUTF8 { utf8 in
        guard let source = utf8.baseAddress else { return }
        room.withUnsafeMutableBufferPointer { buffer in
          (buffer.baseAddress! + start).update(from: source, count: length)
        }
      }
      count += length
    }
  }
}
