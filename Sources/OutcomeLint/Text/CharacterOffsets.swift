/// Converts UTF-8 byte offsets into Unicode scalar offsets, for reporting only.
///
/// Character offsets count Unicode scalars (code points), the unit Python's
/// `str` and most JSON consumers index by. Outcomes are validated as UTF-8
/// before analysis, so counting the bytes that start a scalar is exact.
/// Borrows the bytes rather than holding them (a reporter makes one per
/// outcome): use it only while they are valid.
public struct CharacterOffsets {
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Whether every byte is ASCII, when each byte is one scalar.
  private let isASCII: Bool

  /// Prepares conversions for `bytes`, borrowed: valid only while they are.
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    isASCII = InputBytesCheck.isASCII(bytes)
  }

  /// The number of scalars before `byteOffset`: the bytes before it less the
  /// continuation bytes (`10xxxxxx`) among them, counted eight at a time.
  public func characterOffset(ofByte byteOffset: Int) -> Int {
    let end = min(byteOffset, bytes.count)
    guard !isASCII else { return end }
    return end - Self.continuationBytes(in: bytes, before: end)
  }

  /// How many of the first `end` bytes are continuation bytes.
  private static func continuationBytes(in bytes: UnsafeBufferPointer<UInt8>, before end: Int)
    -> Int
  {
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var count = 0
    var index = 0
    while index + 8 <= end {
      let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
      count += (word & ~(word << 1) & highBits).nonzeroBitCount
      index += 8
    }
    while index < end {
      if bytes[index] & 0xC0 == 0x80 { count += 1 }
      index += 1
    }
    return count
  }
}
