/// Writes JSON string literals with every control character escaped, so
/// text from the input can never break a JSON record. The one JSON string
/// escaper: reporters append through it too.
public enum JSONQuoting {
  /// `text` as a quoted JSON string.
  public static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    var text = text
    text.withUTF8 { append(utf8: $0, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// An optional string as JSON (`null` when nil).
  public static func quoted(_ text: String?) -> String {
    text.map { quoted($0) } ?? "null"
  }

  /// Appends UTF-8 `text` to `output` as a quoted JSON string: runs of safe
  /// bytes are copied whole; quotes, backslashes, control characters, DEL and
  /// the line separators U+2028/U+2029 are escaped.
  public static func append(utf8 text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var runStart = 0
    var index = 0
    while index < text.count {
      let byte = text[index]
      guard mayNeedEscape[Int(byte)] else {
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
      case 0..<0x20, 0x7F: escape = unicodeEscape(UInt32(byte))
      case 0xE2
      where index + 2 < text.count && text[index + 1] == 0x80
        && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
        escape = text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
        width = 3
      default: escape = nil
      }
      if let escape {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
        output.append(contentsOf: escape.utf8)
        index += width
        runStart = index
      } else {
        index += 1
      }
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
    output.append(UInt8(ascii: "\""))
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
