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
  /// the line separators U+2028/U+2029 are escaped. Eight bytes are checked
  /// at a time, so plain text costs little more than a copy.
  public static func append(utf8 text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var runStart = 0
    var index = 0
    while index < text.count {
      if index + 8 <= text.count, !mayNeedEscape(word(at: index, in: text)) {
        index += 8
        continue
      }
      guard let width = escapedWidth(at: index, in: text) else {
        index += 1
        continue
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
      appendEscape(of: UnsafeBufferPointer(rebasing: text[index..<(index + width)]), to: &output)
      index += width
      runStart = index
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
    output.append(UInt8(ascii: "\""))
  }

  /// How many bytes from `index` are written as one escape: 1 for a quote,
  /// backslash, control character or DEL, 3 for U+2028/U+2029; nil when the
  /// byte is copied as it is.
  private static func escapedWidth(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    switch text[index] {
    case 0..<0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "\\"): 1
    case 0xE2
    where index + 2 < text.count && text[index + 1] == 0x80
      && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
      3
    default: nil
    }
  }

  /// Appends the escape for `sequence` (see ``escapedWidth(at:in:)``).
  private static func appendEscape(of sequence: UnsafeBufferPointer<UInt8>, to output: inout [UInt8])
  {
    let escape: StaticString
    switch sequence[0] {
    case UInt8(ascii: "\""): escape = "\\\""
    case UInt8(ascii: "\\"): escape = "\\\\"
    case UInt8(ascii: "\n"): escape = "\\n"
    case UInt8(ascii: "\r"): escape = "\\r"
    case UInt8(ascii: "\t"): escape = "\\t"
    case 0xE2: escape = sequence[2] == 0xA8 ? "\\u2028" : "\\u2029"
    default:
      let digits: StaticString = "0123456789abcdef"
      let byte = Int(sequence[0])
      digits.withUTF8Buffer { digits in
        output.append(contentsOf: [
          UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
          digits[byte >> 4], digits[byte & 0x0F],
        ])
      }
      return
    }
    escape.withUTF8Buffer { output.append(contentsOf: $0) }
  }

  /// The eight bytes from `index` as one word.
  private static func word(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self)
  }

  /// Whether any of eight bytes may start something to escape: a quote, a
  /// backslash, a control character, DEL, or the lead byte of U+2028/U+2029.
  /// Exact when it says none, which is what lets a word be skipped whole.
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
    let hasControl = (word &- ones &* 0x20) & ~word & highBits != 0
    return hasControl || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
      || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xE2))
  }
}
