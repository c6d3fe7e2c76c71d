/// Writes JSON string literals with every control character escaped, so
/// text from the input can never break a JSON record. The one JSON string
/// escaper: reporters write through it too.
public enum JSONQuoting {
  /// `text` as a quoted JSON string.
  public static func quoted(_ text: String) -> String {
    var text = text
    return text.withUTF8 { utf8 in
      String(unsafeUninitializedCapacity: maximumQuotedCount(ofUTF8Count: utf8.count)) {
        write(utf8: utf8, to: $0.baseAddress!)
      }
    }
  }

  /// An optional string as JSON (`null` when nil).
  public static func quoted(_ text: String?) -> String {
    text.map { quoted($0) } ?? "null"
  }

  /// The most bytes ``write(utf8:to:)`` writes for `count` bytes of text: the
  /// quotes, and six bytes (`\u001f`) for each byte in the worst case.
  public static func maximumQuotedCount(ofUTF8Count count: Int) -> Int {
    count * 6 + 2
  }

  /// Writes UTF-8 `text` to `destination` as a quoted JSON string and returns
  /// how many bytes it wrote, at most ``maximumQuotedCount(ofUTF8Count:)``:
  /// text with nothing to escape (most text) is copied whole; otherwise runs
  /// of safe bytes are copied whole and quotes, backslashes, control
  /// characters, DEL and the line ends U+0085, U+2028 and U+2029 are escaped.
  public static func write(
    utf8 text: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>
  ) -> Int {
    destination.pointee = UInt8(ascii: "\"")
    let count = writeEscaped(utf8: text, to: destination + 1)
    destination[count + 1] = UInt8(ascii: "\"")
    return count + 2
  }

  /// Writes UTF-8 `text` to `destination` as the inside of a JSON string,
  /// escaped as ``write(utf8:to:)`` escapes it but without the quotes, and
  /// returns how many bytes it wrote. Text written in pieces this way, each
  /// whole characters, reads the same as the pieces joined and written at once.
  public static func writeEscaped(
    utf8 text: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>
  ) -> Int {
    let copied = copyPlainPrefix(text, to: destination)
    guard copied < text.count else { return copied }
    // The copied prefix holds no byte that may start an escape, so no escape
    // spans the cut: the rest is written as a text of its own, and only it
    // is looked at again.
    return copied
      + writeEscaping(
        utf8: UnsafeBufferPointer(rebasing: text[copied...]), to: destination + copied)
  }

  /// Copies to `destination` the longest prefix of `text` it finds with
  /// nothing that may need escaping, checking and copying sixteen, eight or
  /// four bytes at a time (the last ones overlapping those before), so plain
  /// text costs little more than a copy; returns the prefix's length (all of
  /// `text` when it is plain). Only a prefix with no byte that may start an
  /// escape is kept, so the rest is written as if it were the whole text.
  @inline(__always)
  private static func copyPlainPrefix(
    _ text: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>
  ) -> Int {
    let count = text.count
    // Sixteen bytes at a time, two chunks to a check for longer text (the
    // last ones overlapping those before); eight or four for shorter, all
    // or nothing.
    guard count >= 4 else {
      for index in 0..<count {
        let byte = text[index]
        if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
          || byte == 0xC2
        {
          return 0
        }
        destination[index] = byte
      }
      return count
    }
    guard count >= 8 else {
      let first = load(SIMD4<UInt8>.self, at: 0, in: text)
      let last = load(SIMD4<UInt8>.self, at: count - 4, in: text)
      guard !mayNeedEscape(first), !mayNeedEscape(last) else { return 0 }
      store(first, at: 0, in: destination)
      store(last, at: count - 4, in: destination)
      return count
    }
    guard count >= 16 else {
      let first = load(SIMD8<UInt8>.self, at: 0, in: text)
      let last = load(SIMD8<UInt8>.self, at: count - 8, in: text)
      guard !mayNeedEscape(first), !mayNeedEscape(last) else { return 0 }
      store(first, at: 0, in: destination)
      store(last, at: count - 8, in: destination)
      return count
    }
    var index = 0
    while index &+ 32 <= count {
      let first = load(SIMD16<UInt8>.self, at: index, in: text)
      let second = load(SIMD16<UInt8>.self, at: index &+ 16, in: text)
      guard !mayNeedEscape(first, second) else { return index }
      store(first, at: index, in: destination)
      store(second, at: index &+ 16, in: destination)
      index &+= 32
    }
    if index &+ 16 <= count {
      let chunk = load(SIMD16<UInt8>.self, at: index, in: text)
      guard !mayNeedEscape(chunk) else { return index }
      store(chunk, at: index, in: destination)
      index &+= 16
    }
    guard index < count else { return count }
    let last = load(SIMD16<UInt8>.self, at: count &- 16, in: text)
    guard !mayNeedEscape(last) else { return index }
    store(last, at: count &- 16, in: destination)
    return count
  }

  /// ``writeEscaped(utf8:to:)`` for text that may have something to escape: runs
  /// of sixteen or eight bytes with nothing that may need it are skipped
  /// whole (the last ones overlapping those before); the others are looked
  /// at byte by byte, and runs of safe bytes copied whole.
  private static func writeEscaping(
    utf8 text: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var output = destination
    var runStart = 0
    var index = 0
    let count = text.count
    while index < count {
      let chunkEnd: Int
      if count - index >= 16 {
        let chunk = load(SIMD16<UInt8>.self, at: index, in: text)
        if !mayNeedEscape(chunk) {
          index += 16
          continue
        }
        // Non-ASCII text ("…", "’") looks as though it may need escaping
        // at first sight: see whether it does before going byte by byte.
        if count - index >= 18,
          !needsEscape(
            chunk, next: load(SIMD16<UInt8>.self, at: index + 1, in: text),
            afterNext: load(SIMD16<UInt8>.self, at: index + 2, in: text))
        {
          index += 16
          continue
        }
        chunkEnd = index + 16
      } else if count >= 16 {
        if !mayNeedEscape(load(SIMD16<UInt8>.self, at: count - 16, in: text)) { break }
        chunkEnd = count
      } else if count - index >= 8 {
        if !mayNeedEscape(load(SIMD8<UInt8>.self, at: index, in: text)) {
          index += 8
          continue
        }
        chunkEnd = index + 8
      } else if count >= 8 {
        if !mayNeedEscape(load(SIMD8<UInt8>.self, at: count - 8, in: text)) { break }
        chunkEnd = count
      } else {
        chunkEnd = count
      }
      while index < chunkEnd {
        guard let width = escapedWidth(at: index, in: text) else {
          index += 1
          continue
        }
        output = copy(text, runStart..<index, to: output)
        output = writeEscape(
          of: UnsafeBufferPointer(rebasing: text[index..<(index + width)]), to: output)
        index += width
        runStart = index
      }
    }
    output = copy(text, runStart..<text.count, to: output)
    return output - destination
  }

  /// Copies `range` of `text` to `output`; returns the end of what it wrote.
  private static func copy(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to output: UnsafeMutablePointer<UInt8>
  ) -> UnsafeMutablePointer<UInt8> {
    guard !range.isEmpty, let base = text.baseAddress else { return output }
    output.initialize(from: base + range.lowerBound, count: range.count)
    return output + range.count
  }

  /// How many bytes from `index` are written as one escape: 1 for a quote,
  /// backslash, control character or DEL, 2 for U+0085, 3 for U+2028/U+2029;
  /// nil when the
  /// byte is copied as it is.
  private static func escapedWidth(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    switch text[index] {
    case 0..<0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "\\"): 1
    case 0xE2
    where index + 2 < text.count && text[index + 1] == 0x80
      && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
      3
    case 0xC2 where index + 1 < text.count && text[index + 1] == 0x85: 2
    default: nil
    }
  }

  /// Writes the escape for `sequence` (see ``escapedWidth(at:in:)``); returns
  /// the end of what it wrote.
  private static func writeEscape(
    of sequence: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>
  ) -> UnsafeMutablePointer<UInt8> {
    let escape: StaticString
    switch sequence[0] {
    case UInt8(ascii: "\""): escape = "\\\""
    case UInt8(ascii: "\\"): escape = "\\\\"
    case UInt8(ascii: "\n"): escape = "\\n"
    case UInt8(ascii: "\r"): escape = "\\r"
    case UInt8(ascii: "\t"): escape = "\\t"
    case 0xE2: escape = sequence[2] == 0xA8 ? "\\u2028" : "\\u2029"
    case 0xC2: escape = "\\u0085"
    default:
      let digits: StaticString = "0123456789abcdef"
      let byte = Int(sequence[0])
      return digits.withUTF8Buffer { digits in
        for (offset, character) in [
          UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
          digits[byte >> 4], digits[byte & 0x0F],
        ].enumerated() {
          output[offset] = character
        }
        return output + 6
      }
    }
    return escape.withUTF8Buffer { copy($0, 0..<$0.count, to: output) }
  }

  /// The bytes from `index`, as many as `Bytes` holds.
  @inline(__always)
  private static func load<Bytes: SIMD>(
    _ type: Bytes.Type, at index: Int, in text: UnsafeBufferPointer<UInt8>
  ) -> Bytes where Bytes.Scalar == UInt8 {
    // Only called on text at least as long as `Bytes`, which has a base address.
    UnsafeRawPointer(text.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: Bytes.self)
  }

  /// Stores `bytes` at `offset` in `destination`.
  @inline(__always)
  private static func store<Bytes: SIMD>(
    _ bytes: Bytes, at offset: Int, in destination: UnsafeMutablePointer<UInt8>
  ) where Bytes.Scalar == UInt8 {
    UnsafeMutableRawPointer(destination + offset).storeBytes(of: bytes, as: Bytes.self)
  }

  /// Whether any of sixteen bytes may start something to escape.
  @inline(__always)
  private static func mayNeedEscape(_ bytes: SIMD16<UInt8>) -> Bool {
    isMarked(unusualMatches(bytes)) && isMarked(escapeMatches(bytes))
  }

  /// Whether any of thirty-two bytes, as two chunks, may start something to escape.
  @inline(__always)
  private static func mayNeedEscape(_ first: SIMD16<UInt8>, _ second: SIMD16<UInt8>) -> Bool {
    isMarked(unusualMatches(first) .| unusualMatches(second))
      && isMarked(escapeMatches(first) .| escapeMatches(second))
  }

  /// Each of sixteen bytes that is not printable ASCII, or is a quote or a
  /// backslash: a superset of those ``escapeMatches(_:)`` finds, cheaper to
  /// find (read as signed, control characters and every non-ASCII byte are
  /// below 0x20), so most text, plain ASCII, is cleared by it alone.
  @inline(__always)
  private static func unusualMatches(_ bytes: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
    let signed = SIMD16<Int8>(truncatingIfNeeded: bytes)
    return (signed .< SIMD16(repeating: 0x20)) .| (bytes .== SIMD16(repeating: 0x22))
      .| (bytes .== SIMD16(repeating: 0x5C)) .| (bytes .== SIMD16(repeating: 0x7F))
  }

  /// Each of sixteen bytes that may start something to escape: compared with
  /// whole vectors of each byte that matters (comparisons between sixteen-byte
  /// vectors compile to single vector instructions, where those with a scalar,
  /// or between shorter vectors, go lane by lane).
  @inline(__always)
  private static func escapeMatches(_ bytes: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
    @inline(__always) func all(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
    return (bytes .< all(0x20)) .| (bytes .== all(0x22)) .| (bytes .== all(0x5C))
      .| (bytes .== all(0x7F)) .| (bytes .== all(0xC2)) .| (bytes .== all(0xE2))
  }

  /// Whether any of sixteen bytes starts something to escape, given the
  /// bytes one and two further on (see ``escapedWidth(at:in:)``).
  @inline(__always)
  private static func needsEscape(
    _ bytes: SIMD16<UInt8>, next: SIMD16<UInt8>, afterNext: SIMD16<UInt8>
  ) -> Bool {
    @inline(__always) func all(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
    let single =
      (bytes .< all(0x20)) .| (bytes .== all(0x22)) .| (bytes .== all(0x5C))
      .| (bytes .== all(0x7F))
    let nextLine = (bytes .== all(0xC2)) .& (next .== all(0x85))
    let separator =
      (bytes .== all(0xE2)) .& (next .== all(0x80))
      .& ((afterNext .== all(0xA8)) .| (afterNext .== all(0xA9)))
    return isMarked(single .| nextLine .| separator)
  }

  /// Whether any lane of `matches` is set.
  @inline(__always)
  private static func isMarked(_ matches: SIMDMask<SIMD16<Int8>>) -> Bool {
    let words = unsafeBitCast(matches, to: SIMD2<UInt64>.self)
    return words[0] | words[1] != 0
  }

  /// Whether any of eight bytes may start something to escape.
  @inline(__always)
  private static func mayNeedEscape(_ bytes: SIMD8<UInt8>) -> Bool {
    unsafeBitCast(escapeMarks(bytes), to: UInt64.self) != 0
  }

  /// Whether any of four bytes may start something to escape.
  @inline(__always)
  private static func mayNeedEscape(_ bytes: SIMD4<UInt8>) -> Bool {
    unsafeBitCast(escapeMarks(bytes), to: UInt32.self) != 0
  }

  /// 0x80 in each byte that may start something to escape (a quote, a
  /// backslash, a control character, DEL, or the lead byte of U+0085 or
  /// U+2028/U+2029), 0 in the others: each test sets a byte's high bit
  /// exactly when the byte matches, with wrapping byte arithmetic, which
  /// compiles to vector instructions.
  @inline(__always)
  private static func escapeMarks<Bytes: SIMD>(_ bytes: Bytes) -> Bytes
  where Bytes.Scalar == UInt8 {
    @inline(__always) func isZero(_ value: Bytes) -> Bytes { (value &- 1) & ~value }
    let isControl = (bytes &- 0x20) & ~bytes
    let matches =
      isControl | isZero(bytes ^ 0x22) | isZero(bytes ^ 0x5C) | isZero(bytes ^ 0x7F)
      | isZero(bytes ^ 0xE2) | isZero(bytes ^ 0xC2)
    return matches & 0x80
  }
}
