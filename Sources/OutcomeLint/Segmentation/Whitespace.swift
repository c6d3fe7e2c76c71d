/// Recognises segments made only of whitespace (including non-breaking and
/// other Unicode spaces, and the byte-order mark) straight from UTF-8 bytes.
enum Whitespace {
  /// Whether every scalar of `segment` is a space, line break or BOM.
  static func isWhitespace(_ segment: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < segment.count {
      let byte = segment[index]
      if byte < 0x80 {
        guard byte == 0x20 || (0x09...0x0D).contains(byte) else { return false }
        index += 1
        continue
      }
      guard let scalar = decodeScalar(segment, at: &index) else { return false }
      guard scalar.properties.isWhitespace || scalar == "\u{FEFF}" else { return false }
    }
    return !segment.isEmpty
  }

  private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int)
    -> Unicode.Scalar?
  {
    var iterator = bytes[index...].makeIterator()
    var decoder = UTF8()
    switch decoder.decode(&iterator) {
    case .scalarValue(let scalar):
      index += UTF8.width(scalar)
      return scalar
    default:
      return nil
    }
  }
}
