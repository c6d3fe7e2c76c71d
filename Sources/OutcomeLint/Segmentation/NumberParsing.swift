/// Reads the value of a digit token ("3", "22.5", "1,000") from its bytes.
enum NumberParsing {
  /// The value of the leading digits of `segment`, ignoring thousands
  /// separators; nil when it starts with no digit.
  static func value(of segment: UnsafeBufferPointer<UInt8>) -> Double? {
    var whole: Double = 0
    var fraction: Double = 0
    var scale: Double = 1
    var sawDigit = false
    var inFraction = false
    for byte in segment {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        sawDigit = true
        let digit = Double(byte - UInt8(ascii: "0"))
        if inFraction {
          scale /= 10
          fraction += digit * scale
        } else {
          whole = whole * 10 + digit
        }
      case UInt8(ascii: ",") where !inFraction:
        continue
      case UInt8(ascii: ".") where !inFraction:
        inFraction = true
      default:
        return sawDigit ? whole + fraction : nil
      }
    }
    return sawDigit ? whole + fraction : nil
  }
}
