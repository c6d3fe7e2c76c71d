/// An ASCII spelling of at most 16 bytes folded as ``CaseFolding`` folds it
/// (A-Z lowered), held in two machine words so that folding, hashing and
/// comparing take a handful of word operations rather than a loop per byte.
struct FoldedShortKey: Equatable {
  /// The longest spelling a key holds.
  static let capacity = 16

  /// Bytes 0 to 7, the first in the lowest bits; unused bytes are zero.
  let low: UInt64
  /// Bytes 8 to 15, likewise.
  let high: UInt64
  /// The number of bytes.
  let count: Int

  /// The key of `bytes` and the letter case of its spelling, or nil when
  /// `bytes` is longer than ``capacity`` or not all ASCII.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    key: FoldedShortKey, letterCase: LetterCase
  )? {
    guard bytes.count <= capacity else { return nil }
    var low: UInt64 = 0
    var high: UInt64 = 0
    for index in 0..<min(bytes.count, 8) {
      low |= UInt64(bytes[index]) &<< (8 &* UInt64(index))
    }
    if bytes.count > 8 {
      for index in 8..<bytes.count {
        high |= UInt64(bytes[index]) &<< (8 &* UInt64(index &- 8))
      }
    }
    guard (low | high) & everyHighBit == 0 else { return nil }
    let upperLow = bytesInRange(low, from: UInt8(ascii: "A"), to: UInt8(ascii: "Z"))
    let upperHigh = bytesInRange(high, from: UInt8(ascii: "A"), to: UInt8(ascii: "Z"))
    let lowerLow = bytesInRange(low, from: UInt8(ascii: "a"), to: UInt8(ascii: "z"))
    let lowerHigh = bytesInRange(high, from: UInt8(ascii: "a"), to: UInt8(ascii: "z"))
    let key = FoldedShortKey(
      low: low | (upperLow >> 2), high: high | (upperHigh >> 2), count: bytes.count)
    // The letter case needs only whether there are no, one or several
    // capitals and whether there are lower-case letters: no bit count.
    let upper =
      upperLow | upperHigh == 0
      ? 0
      : (upperLow & (upperLow &- 1)) | (upperHigh & (upperHigh &- 1)) != 0
        || (upperLow != 0 && upperHigh != 0) ? 2 : 1
    let lower = lowerLow | lowerHigh == 0 ? 0 : 1
    // The first letter is the lowest marked byte of the first word with a letter.
    let (upperFirst, letterFirst) =
      (upperLow | lowerLow) != 0
      ? (upperLow, upperLow | lowerLow) : (upperHigh, upperHigh | lowerHigh)
    let firstIsUpper = upperFirst & (letterFirst & (0 &- letterFirst)) != 0
    return (
      key,
      CaseFolding.CaseCounter.letterCase(upper: upper, lower: lower, firstIsUpper: firstIsUpper)
    )
  }

  /// The key of an already folded ASCII spelling, or nil when it is longer
  /// than ``capacity`` or not all ASCII.
  static func folded(_ bytes: some Collection<UInt8>) -> FoldedShortKey? {
    guard bytes.count <= capacity, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (index, byte) in bytes.enumerated() {
      if index < 8 {
        low |= UInt64(byte) << (8 * UInt64(index))
      } else {
        high |= UInt64(byte) << (8 * UInt64(index - 8))
      }
    }
    return FoldedShortKey(low: low, high: high, count: bytes.count)
  }

  /// A hash of the key for an open-addressing table.
  var hash: UInt64 {
    var hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
    hash ^= hash >> 31
    hash = hash &* 0xBF58_476D_1CE4_E5B9
    return hash ^ (hash >> 29)
  }

  private static let everyHighBit: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `word` (all below 0x80) that lies in
  /// `from...to`, every other bit clear. No byte carries into the next, since
  /// each sum stays below 0x100.
  private static func bytesInRange(_ word: UInt64, from: UInt8, to: UInt8) -> UInt64 {
    let atLeastFrom = word &+ repeated(0x80 - from)
    let aboveTo = word &+ repeated(0x7F - to)
    return atLeastFrom & ~aboveTo & everyHighBit
  }

  private static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }
}
