/// Escapes text for HTML element content and attribute values.
enum HTMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` escaped. The marks are ASCII, and
  /// no byte of a longer UTF-8 sequence is ASCII, so the text is escaped
  /// byte by byte; text with nothing to escape is returned as it is.
  static func escape(_ text: String) -> String {
    let utf8 = text.utf8
    guard utf8.contains(where: { escaped($0) != nil }) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 16)
    for byte in utf8 {
      if let replacement = escaped(byte) {
        bytes += replacement.utf8
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// What `byte` is written as, when it must be escaped.
  private static func escaped(_ byte: UInt8) -> String? {
    switch byte {
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "<"): "&lt;"
    case UInt8(ascii: ">"): "&gt;"
    case UInt8(ascii: "\""): "&quot;"
    case UInt8(ascii: "'"): "&#39;"
    default: nil
    }
  }

  /// Appends `text`, escaped as ``escape(_:)`` does.
  static func write(_ text: String, to output: inout OutputBuffer) {
    text.withUTF8Bytes { utf8 in
      var runStart = 0
      for (index, byte) in utf8.enumerated() {
        guard let replacement = escaped(byte) else { continue }
        output.write(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        output.write(replacement)
        runStart = index + 1
      }
      output.write(bytes: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
  }
}
