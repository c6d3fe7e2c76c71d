import Foundation

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
    guard let base = bytes.baseAddress, !bytes.isEmpty, InputBytesCheck.isASCII(bytes) else {
      return nil
    }
    var index = bytes.count
    while index > 0, isSpace(bytes[index - 1]) { index -= 1 }
    while index > 0, isClosing(bytes[index - 1]) { index -= 1 }
    while index > 0, isTerminator(bytes[index - 1]) { index -= 1 }
    let holds = { (byte: UInt8) in memchr(base, Int32(byte), index) != nil }
    for byte in [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A, 0x0D]
    where holds(byte) {
      return nil
    }
    return Int32(bytes.count)
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
