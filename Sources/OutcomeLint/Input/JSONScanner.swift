import Foundation

/// A small validating JSON reader for one input line: it finds the top-level
/// fields of an object and the exact bytes of each value, so fields the tool
/// does not use pass through to the output as written (kept to one line; see
/// ``oneLine(_:)``). It is strict, so what passes through is valid JSON.
enum JSONScanner {
  /// One top-level field: its decoded key and the byte range of its raw value.
  struct Field {
    let key: String
    let value: Range<Int>
  }

  /// Why a line is not a JSON object.
  struct SyntaxError: Error, CustomStringConvertible {
    let message: String
    let offset: Int
    var description: String { "\(message) at byte \(offset + 1)" }
  }

  /// Values nested deeper than this are rejected.
  static let maximumDepth = 256

  /// The fields of the JSON object that makes up all of `bytes`.
  static func object(_ bytes: [UInt8]) throws(SyntaxError) -> [Field] {
    try bytes.withUnsafeBufferPointer { bytes throws(SyntaxError) in try object(bytes) }
  }

  private static func object(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [Field] {
    var reader = Reader(bytes: bytes)
    reader.skipSpace()
    guard reader.peek == UInt8(ascii: "{") else { throw reader.error("expected an object") }
    reader.index += 1
    var fields: [Field] = []
    // Most records have a handful of fields: room for them at once.
    fields.reserveCapacity(8)
    reader.skipSpace()
    if reader.peek == UInt8(ascii: "}") {
      reader.index += 1
    } else {
      while true {
        reader.skipSpace()
        let keyStart = reader.index
        try reader.skipString()
        guard
          let key = string(literal: UnsafeBufferPointer(rebasing: bytes[keyStart..<reader.index]))
        else {
          throw SyntaxError(message: "invalid key", offset: keyStart)
        }
        if fields.contains(where: { $0.key == key }) {
          throw SyntaxError(message: "duplicate key '\(key)'", offset: keyStart)
        }
        reader.skipSpace()
        try reader.expect(UInt8(ascii: ":"))
        reader.skipSpace()
        let valueStart = reader.index
        try reader.skipValue(depth: 1)
        fields.append(Field(key: key, value: valueStart..<reader.index))
        reader.skipSpace()
        if reader.peek == UInt8(ascii: ",") {
          reader.index += 1
          continue
        }
        try reader.expect(UInt8(ascii: "}"))
        break
      }
    }
    reader.skipSpace()
    guard reader.index == bytes.count else {
      throw reader.error("unexpected text after the object")
    }
    return fields
  }

  /// The byte ranges of the elements of the JSON array that makes up all of
  /// `bytes` (nested values are validated and skipped whole).
  static func array(_ bytes: [UInt8]) throws(SyntaxError) -> [Range<Int>] {
    try bytes.withUnsafeBufferPointer { bytes throws(SyntaxError) in try array(bytes) }
  }

  private static func array(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError)
    -> [Range<Int>]
  {
    var reader = Reader(bytes: bytes)
    reader.skipSpace()
    guard reader.peek == UInt8(ascii: "[") else { throw reader.error("expected an array") }
    reader.index += 1
    var elements: [Range<Int>] = []
    reader.skipSpace()
    if reader.peek == UInt8(ascii: "]") {
      reader.index += 1
    } else {
      while true {
        reader.skipSpace()
        let start = reader.index
        try reader.skipValue(depth: 1)
        elements.append(start..<reader.index)
        reader.skipSpace()
        if reader.peek == UInt8(ascii: ",") {
          reader.index += 1
          continue
        }
        try reader.expect(UInt8(ascii: "]"))
        break
      }
    }
    reader.skipSpace()
    guard reader.index == bytes.count else {
      throw reader.error("unexpected text after the array")
    }
    return elements
  }

  /// Decodes a JSON string literal (quotes included), or nil if it is not one.
  static func string(_ literal: ArraySlice<UInt8>) -> String? {
    literal.withUnsafeBufferPointer { string(literal: $0) }
  }

  /// ``string(_:)`` of the literal in `literal`. A literal with no escape
  /// (most are) is validated and made a string at once.
  private static func string(literal: UnsafeBufferPointer<UInt8>) -> String? {
    guard let (body, escaped) = contents(ofLiteral: literal) else { return nil }
    if escaped { return unescaped(body) }
    return InputBytesCheck.isValidUTF8(body) ? String(decoding: body, as: UTF8.self) : nil
  }

  /// The UTF-8 bytes of the text of the string literal `literal` (quotes
  /// included), or nil if it is not one: the literal's own bytes when it
  /// holds no escape, without making a string.
  static func stringUTF8(_ literal: ArraySlice<UInt8>) -> [UInt8]? {
    literal.withUnsafeBufferPointer { literal in
      guard let (body, escaped) = contents(ofLiteral: literal) else { return nil }
      if escaped { return unescaped(body).map { Array($0.utf8) } }
      return InputBytesCheck.isValidUTF8(body) ? Array(body) : nil
    }
  }

  /// The bytes between the quotes of a string literal, and whether they
  /// hold a backslash (an escape to decode); nil when `literal` is not
  /// quoted at both ends.
  private static func contents(ofLiteral literal: UnsafeBufferPointer<UInt8>) -> (
    body: UnsafeBufferPointer<UInt8>, escaped: Bool
  )? {
    guard literal.count >= 2, literal[0] == UInt8(ascii: "\""),
      literal[literal.count - 1] == UInt8(ascii: "\"")
    else { return nil }
    let body = UnsafeBufferPointer(rebasing: literal[1..<(literal.count - 1)])
    guard let base = body.baseAddress else { return (body, false) }
    return (body, memchr(base, Int32(UInt8(ascii: "\\")), body.count) != nil)
  }

  /// The text of a string literal's `body` that holds a backslash, with its
  /// escapes decoded, or nil when an escape or the UTF-8 is invalid.
  private static func unescaped(_ body: UnsafeBufferPointer<UInt8>) -> String? {
    var scalars = String.UnicodeScalarView()
    var utf8: [UInt8] = []
    var index = 0
    func flush() -> Bool {
      guard !utf8.isEmpty else { return true }
      guard let text = String(validating: utf8, as: UTF8.self) else { return false }
      scalars.append(contentsOf: text.unicodeScalars)
      utf8.removeAll()
      return true
    }
    while index < body.count {
      let byte = body[index]
      guard byte == UInt8(ascii: "\\") else {
        utf8.append(byte)
        index += 1
        continue
      }
      guard flush(), index + 1 < body.count else { return nil }
      let escape = body[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        guard let high = hex4(body, at: index) else { return nil }
        index += 4
        var value = high
        if (0xD800..<0xDC00).contains(high) {
          guard index + 6 <= body.count, body[index] == UInt8(ascii: "\\"),
            body[index + 1] == UInt8(ascii: "u"), let low = hex4(body, at: index + 2),
            (0xDC00..<0xE000).contains(low)
          else { return nil }
          index += 6
          value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        scalars.append(scalar)
      default: return nil
      }
    }
    guard flush() else { return nil }
    return String(scalars)
  }

  /// A value the scanner read (`bytes[field.value]`, say) as JSON to write
  /// back out, kept to one line: the same value, with each CR or LF between
  /// its tokens made a space, and each U+0085, U+2028 or U+2029 in its
  /// strings escaped, as readers may take any of them for the end of a line.
  static func oneLine(_ value: ArraySlice<UInt8>) -> String {
    guard value.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0xE2 || $0 == 0xC2 }) else {
      return String(decoding: value, as: UTF8.self)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.count + 8)
    var index = value.startIndex
    while index < value.endIndex {
      let byte = value[index]
      index += 1
      if byte == 0x0A || byte == 0x0D {
        bytes.append(UInt8(ascii: " "))
      } else if byte == 0xE2, index + 1 < value.endIndex, value[index] == 0x80,
        value[index + 1] == 0xA8 || value[index + 1] == 0xA9
      {
        bytes += (value[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8
        index += 2
      } else if byte == 0xC2, index < value.endIndex, value[index] == 0x85 {
        bytes += "\\u0085".utf8
        index += 1
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[index..<(index + 4)] {
      guard let digit = hexValue(byte) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// A cursor over the bytes that skips whole JSON values.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    func error(_ message: String) -> SyntaxError { SyntaxError(message: message, offset: index) }

    mutating func skipSpace() {
      while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        index += 1
      }
    }

    mutating func expect(_ byte: UInt8) throws(SyntaxError) {
      guard peek == byte else {
        throw error("expected '\(Character(Unicode.Scalar(byte)))'")
      }
      index += 1
    }

    mutating func skipString() throws(SyntaxError) {
      try expect(UInt8(ascii: "\""))
      while true {
        // Eight bytes at a time while none of them ends the string, starts
        // an escape or is a control character (most of a string's bytes).
        while index &+ 8 <= bytes.count {
          let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index)
            .loadUnaligned(as: UInt64.self)
          guard !Self.holdsQuoteBackslashOrControl(word) else { break }
          index &+= 8
        }
        guard index < bytes.count else { throw error("unterminated string") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return
        case UInt8(ascii: "\\"): try skipEscape()
        case 0..<0x20: throw SyntaxError(message: "control character in string", offset: index - 1)
        default: continue
        }
      }
    }

    /// Whether any of the eight bytes of `word` is a quote, a backslash or
    /// below 0x20 (each test exact, with no carry between bytes that
    /// matters: a byte's high bit is set only when some byte is a match).
    @inline(__always)
    private static func holdsQuoteBackslashOrControl(_ word: UInt64) -> Bool {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highBits: UInt64 = 0x8080_8080_8080_8080
      func holdsZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
      let below0x20 = (word &- ones &* 0x20) & ~word & highBits != 0
      return below0x20 || holdsZeroByte(word ^ (ones &* 0x22))
        || holdsZeroByte(word ^ (ones &* 0x5C))
    }

    /// Skips what follows a backslash in a string: one of `"\/bfnrt`, or `u`
    /// and four hex digits, where a UTF-16 surrogate must be a high one
    /// followed by an escaped low one (the pair ``string(_:)`` decodes).
    private mutating func skipEscape() throws(SyntaxError) {
      let start = index - 1
      let invalid = SyntaxError(message: "invalid escape", offset: start)
      guard let escape = peek else { throw invalid }
      index += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
        UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
        return
      case UInt8(ascii: "u"):
        guard let unit = hex4(at: index) else { throw invalid }
        index += 4
        guard (0xD800..<0xE000).contains(unit) else { return }
        guard (0xD800..<0xDC00).contains(unit), peek == UInt8(ascii: "\\"),
          index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u"),
          let low = hex4(at: index + 2), (0xDC00..<0xE000).contains(low)
        else { throw SyntaxError(message: "unpaired surrogate", offset: start) }
        index += 6
      default: throw invalid
      }
    }

    private func hex4(at start: Int) -> UInt32? {
      JSONScanner.hex4(bytes, at: start)
    }

    mutating func skipValue(depth: Int) throws(SyntaxError) {
      guard depth <= JSONScanner.maximumDepth else { throw error("nested too deeply") }
      switch peek {
      case UInt8(ascii: "\""): try skipString()
      case UInt8(ascii: "{"): try skipContainer(close: UInt8(ascii: "}"), keyed: true, depth: depth)
      case UInt8(ascii: "["):
        try skipContainer(close: UInt8(ascii: "]"), keyed: false, depth: depth)
      case UInt8(ascii: "t"): try skipLiteral("true")
      case UInt8(ascii: "f"): try skipLiteral("false")
      case UInt8(ascii: "n"): try skipLiteral("null")
      case .some(let byte) where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte):
        try skipNumber()
      default: throw error("expected a value")
      }
    }

    private mutating func skipContainer(close: UInt8, keyed: Bool, depth: Int) throws(SyntaxError) {
      index += 1
      skipSpace()
      if peek == close {
        index += 1
        return
      }
      while true {
        skipSpace()
        if keyed {
          try skipString()
          skipSpace()
          try expect(UInt8(ascii: ":"))
          skipSpace()
        }
        try skipValue(depth: depth + 1)
        skipSpace()
        if peek == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect(close)
        return
      }
    }

    private mutating func skipLiteral(_ literal: String) throws(SyntaxError) {
      for byte in literal.utf8 {
        guard peek == byte else { throw error("invalid literal") }
        index += 1
      }
    }

    /// Skips a number as JSON writes it (`-`, then `0` or digits not starting
    /// with `0`, then optionally a fraction and an exponent) that a `Double`
    /// holds without overflowing to infinity.
    private mutating func skipNumber() throws(SyntaxError) {
      let start = index
      let invalid = SyntaxError(message: "invalid number", offset: start)
      if peek == UInt8(ascii: "-") { index += 1 }
      guard let first = peek, isDigit(first) else { throw invalid }
      index += 1
      if first != UInt8(ascii: "0") { skipDigits() }
      if peek == UInt8(ascii: ".") {
        index += 1
        guard skipDigits() > 0 else { throw invalid }
      }
      if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
        index += 1
        if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
        guard skipDigits() > 0 else { throw invalid }
      }
      if let next = peek,
        isDigit(next) || next == UInt8(ascii: ".") || next == UInt8(ascii: "e")
          || next == UInt8(ascii: "E") || next == UInt8(ascii: "+") || next == UInt8(ascii: "-")
      {
        throw invalid
      }
      guard Double(String(decoding: bytes[start..<index], as: UTF8.self))?.isFinite == true else {
        throw SyntaxError(message: "number out of range", offset: start)
      }
    }

    /// Skips a run of digits; returns how many.
    @discardableResult
    private mutating func skipDigits() -> Int {
      let start = index
      while let byte = peek, isDigit(byte) { index += 1 }
      return index - start
    }

    private func isDigit(_ byte: UInt8) -> Bool {
      (0x30...0x39).contains(byte)
    }
  }
}
