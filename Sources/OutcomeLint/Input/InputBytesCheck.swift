import Foundation

/// Checks a line's bytes for what a record may not hold: NUL bytes and
/// invalid UTF-8. Plain ASCII, which most outcomes are, is confirmed eight
/// bytes at a time without making a string (reporting uses that check too:
/// in ASCII text a byte offset is a character offset).
enum InputBytesCheck {
  /// Whether `bytes` hold a NUL byte.
  static func containsNUL(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base, 0, buffer.count) != nil
    }
  }

  /// Whether `bytes` are valid UTF-8.
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer(isValidUTF8)
  }

  /// Whether `buffer` holds valid UTF-8: ASCII is confirmed a word at a
  /// time, anything else by the standard library.
  static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    isASCII(buffer) || String(validating: buffer, as: UTF8.self) != nil
  }

  /// Whether the UTF-8 `text` holds a character that is not whitespace.
  /// Text that opens with a printable ASCII character does (most text);
  /// any other is read character by character.
  static func holdsNonWhitespace(_ text: some Collection<UInt8>) -> Bool {
    if let first = text.first, first > 0x20 && first < 0x7F { return true }
    return String(decoding: text, as: UTF8.self).contains { !$0.isWhitespace }
  }

  /// Whether every byte is below 0x80.
  static func isASCII(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer(isASCII)
  }

  /// Whether every byte is below 0x80: sixteen bytes at a time (the last
  /// sixteen overlapping those before), or eight, then one by one, for
  /// shorter text.
  static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = buffer.baseAddress else { return true }
    let count = buffer.count
    if count >= 16 {
      var highBits = SIMD16<UInt8>()
      var index = 0
      while index + 16 <= count {
        highBits |= UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
        index += 16
      }
      highBits |= UnsafeRawPointer(base + count - 16).loadUnaligned(as: SIMD16<UInt8>.self)
      let words = unsafeBitCast(highBits, to: SIMD2<UInt64>.self)
      return (words[0] | words[1]) & 0x8080_8080_8080_8080 == 0
    }
    var highBits: UInt64 = 0
    var index = 0
    while index + 8 <= count {
      highBits |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      index += 8
    }
    while index < count {
      highBits |= UInt64(buffer[index])
      index += 1
    }
    return highBits & 0x8080_8080_8080_8080 == 0
  }
}
