extension OutputBuffer {
  /// Appends `text` as a quoted JSON string.
  public mutating func writeJSONString(_ text: String) {
    var text = text
    text.withUTF8 { writeJSONString(utf8: $0) }
  }

  /// Appends `text` as a quoted JSON string, or `null` when it is nil.
  public mutating func writeJSONString(orNull text: String?) {
    if let text { writeJSONString(text) } else { write("null") }
  }

  /// Appends UTF-8 bytes as a quoted JSON string: runs of safe bytes are
  /// copied whole; quotes, backslashes, control characters and the line
  /// separators U+2028/U+2029 are escaped.
  public mutating func writeJSONString(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    write(byte: UInt8(ascii: "\""))
    var runStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard Self.mayNeedEscape[Int(byte)] else {
        index += 1
        continue
      }
      let escape: String?
      var width = 1
      switch byte {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case UInt8(ascii: "\n"): escape = "\\n"
      case UInt8(ascii: "\r"): escape = "\\r"
      case UInt8(ascii: "\t"): escape = "\\t"
      case 0..<0x20, 0x7F: escape = Self.unicodeEscape(UInt32(byte))
      case 0xE2
      where index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
        width = 3
      default: escape = nil
      }
      if let escape {
        write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        write(escape)
        index += width
        runStart = index
      } else {
        index += 1
      }
    }
    write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    write(byte: UInt8(ascii: "\""))
  }

  /// For each byte value, whether it may start something to escape: a quote,
  /// a backslash, a control character, DEL, or the lead byte of U+2028/U+2029.
  private static let mayNeedEscape: [Bool] = (0...255).map { byte in
    byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C || byte == 0xE2
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}
