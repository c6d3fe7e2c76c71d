/// Recognises text that ICU's sentence rules (Unicode UAX #29) can only read as
/// one sentence, so the sentence iterator can be skipped for most outcomes.
///
/// That is ASCII text whose only sentence terminators (`.`, `!`, `?`) sit in a
/// closing run at the end (terminators, then closing brackets or quotes, then
/// spaces), with no line breaks: UAX #29 puts no boundary inside such a run,
/// so the only sentence ends at the text's end. Anything else goes to ICU.
enum SingleSentence {
  /// The end offset of the only sentence in `bytes`, or nil when ICU must decide.
  static func end(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard !bytes.isEmpty else { return nil }
    var index = bytes.count
    while index > 0, isSpace(bytes[index - 1]) { index -= 1 }
    while index > 0, isClosing(bytes[index - 1]) { index -= 1 }
    while index > 0, isTerminator(bytes[index - 1]) { index -= 1 }
    for position in 0..<index where needsICU(bytes[position]) { return nil }
    for position in index..<bytes.count where bytes[position] >= 0x80 { return nil }
    return Int32(bytes.count)
  }

  /// Line feed, carriage return, "!", "." and "?", as bits of their codes (all below 64).
  private static let breakingBytes: UInt64 = 1 << 10 | 1 << 13 | 1 << 33 | 1 << 46 | 1 << 63

  /// Whether `byte`, before the closing run, may end a sentence or starts a non-ASCII character.
  private static func needsICU(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte < 64 && breakingBytes >> byte & 1 != 0)
  }

  private static func isTerminator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
  }

  private static func isClosing(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      true
    default: false
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }
}
