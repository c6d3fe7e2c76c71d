/// Converts UTF-8 byte offsets into Unicode scalar offsets, for reporting only.
///
/// Character offsets count Unicode scalars (code points), the unit Python's
/// `str` and most JSON consumers index by. Outcomes are validated as UTF-8
/// before analysis, so counting the bytes that start a scalar is exact.
public struct CharacterOffsets: Sendable {
  private let bytes: [UInt8]

  /// Prepares conversions for `bytes`.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The number of scalars before `byteOffset`.
  public func characterOffset(ofByte byteOffset: Int) -> Int {
    var count = 0
    for byte in bytes.prefix(byteOffset) where byte & 0xC0 != 0x80 {
      count += 1
    }
    return count
  }
}
