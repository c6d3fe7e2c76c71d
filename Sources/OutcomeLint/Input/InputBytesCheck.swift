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
    isASCII(bytes) || String(validating: bytes, as: UTF8.self) != nil
  }

  /// Whether every byte is below 0x80.
  static func isASCII(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer(isASCII)
  }

  /// Whether every byte is below 0x80.
  static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var highBits: UInt64 = 0
    var index = 0
    while index + 8 <= buffer.count {
      highBits |= UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
      index += 8
    }
    while index < buffer.count {
      highBits |= UInt64(buffer[index])
      index += 1
    }
    return highBits & 0x8080_8080_8080_8080 == 0
  }
}
