/// An ASCII spelling of at most 16 bytes folded as ``CaseFolding`` folds it
/// (A-Z lowered), held in two machine words so that folding, hashing and
/// comparing take a handful of word operations rather than a loop per byte.
///
/// The byte after the last (when there are fewer than 16) holds a marker,
/// 0x80, which no ASCII byte has: the two words alone tell every spelling
/// from every other, whatever its length ("a" from "a" followed by NUL).
struct FoldedShortKey: Equatable {
  /// The longest spelling a key holds.
  static let capacity = 16

  /// Bytes 0 to 7, the first in the lowest bits; bytes past the marker are zero.
  let low: UInt64
  /// Bytes 8 to 15, likewise.
  let high: UInt64

  /// A key no spelling folds to (every byte 0xFF), for terms that have none.
  static let none = FoldedShortKey(low: .max, high: .max)

  /// The key of the `count` bytes at `bytes` and the letter case of their
  /// spelling, or nil when `count` exceeds ``capacity`` or a byte is not ASCII.
  /// `readable` (at least `count`) is how many bytes from `bytes` on may be
  /// read: with 16 or more, the bytes are loaded as two words whatever `count`.
  @inline(__always)
  static func fold(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> (
    key: FoldedShortKey, letterCase: LetterCase
  )? {
    guard count <= capacity else { return nil }
    let (loadedLow, loadedHigh) =
      readable >= capacity
      ? (
        UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)),
        UInt64(
          littleEndian: UnsafeRawPointer(bytes).loadUnaligned(fromByteOffset: 8, as: UInt64.self))
      )
      : loadNearEnd(bytes, count: count)
    // Keep the first `count` bytes: a shift by 64 would wrap, so a whole
    // word kept or dropped is chosen instead.
    let lowMask: UInt64 = count >= 8 ? .max : count == 0 ? 0 : .max &>> UInt64(64 &- 8 &* count)
    let highMask: UInt64 = count > 8 ? .max &>> UInt64(128 &- 8 &* count) : 0
    let low = loadedLow & lowMask
    let high = loadedHigh & highMask
    guard (low | high) & everyHighBit == 0 else { return nil }
    // The marker is the bit above a mask, moved to the top of its byte; a
    // full low word leaves it to the high word, a full high word to no word.
    let lowMarker = (lowMask &+ 1) &<< 7
    let highMarker = lowMarker == 0 ? (highMask &+ 1) &<< 7 : 0
    // A letter is a byte in a-z once bit 5 is set; bit 5 clear makes it upper
    // case. The bit is shifted up to bit 7 of its own byte to line up with
    // the letter marks. Most words leave the high word empty.
    let lettersLow = bytesInRange(low | everyBit5, from: UInt8(ascii: "a"), to: UInt8(ascii: "z"))
    let upperLow = lettersLow & ~(low &<< 2)
    var lettersHigh: UInt64 = 0
    var upperHigh: UInt64 = 0
    if high != 0 {
      lettersHigh = bytesInRange(high | everyBit5, from: UInt8(ascii: "a"), to: UInt8(ascii: "z"))
      upperHigh = lettersHigh & ~(high &<< 2)
    }
    let key = FoldedShortKey(
      low: low | lowMarker | (upperLow &>> 2), high: high | highMarker | (upperHigh &>> 2))
    return (key, letterCase(upperLow, upperHigh, lettersLow, lettersHigh))
  }

  /// The first `count` (at most 16) bytes at `bytes` as two words, read a
  /// byte at a time: near the end of the text, where two words would overrun it.
  @inline(never)
  private static func loadNearEnd(_ bytes: UnsafePointer<UInt8>, count: Int) -> (UInt64, UInt64) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for index in 0..<count {
      let byte = UInt64(bytes[index])
      if index < 8 {
        low |= byte &<< UInt64(index &* 8)
      } else {
        high |= byte &<< UInt64((index &- 8) &* 8)
      }
    }
    return (low, high)
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
    if bytes.count < 8 {
      low |= 0x80 << (8 * UInt64(bytes.count))
    } else if bytes.count < capacity {
      high |= 0x80 << (8 * UInt64(bytes.count - 8))
    }
    return FoldedShortKey(low: low, high: high)
  }

  /// A hash of the key whose high bits index an open-addressing table.
  var hash: UInt64 {
    (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
  }

  private static let everyHighBit: UInt64 = 0x8080_8080_8080_8080
  private static let everyBit5: UInt64 = 0x2020_2020_2020_2020

  /// The letter case of a spelling from the marks (bit 7 of each byte) of its
  /// upper-case letters and of all its letters, in its two words. Only
  /// whether there are no, one or several capitals matters: no bit count.
  private static func letterCase(
    _ upperLow: UInt64, _ upperHigh: UInt64, _ lettersLow: UInt64, _ lettersHigh: UInt64
  ) -> LetterCase {
    let hasLower = (lettersLow & ~upperLow) | (lettersHigh & ~upperHigh) != 0
    guard upperLow | upperHigh != 0 else { return hasLower ? .lower : .none }
    let severalUpper =
      (upperLow & (upperLow &- 1)) | (upperHigh & (upperHigh &- 1)) != 0
      || (upperLow != 0 && upperHigh != 0)
    guard hasLower else { return severalUpper ? .allCapitals : .singleCapital }
    // The first letter is the lowest mark of the first word with a letter.
    let (upperFirst, letterFirst) =
      lettersLow != 0 ? (upperLow, lettersLow) : (upperHigh, lettersHigh)
    let firstIsUpper = upperFirst & (letterFirst & (0 &- letterFirst)) != 0
    return !severalUpper && firstIsUpper ? .capitalized : .mixed
  }

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
