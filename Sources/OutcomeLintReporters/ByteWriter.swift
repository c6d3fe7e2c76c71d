import OutcomeLint

/// Writes bytes straight into room an ``OutputBuffer`` set aside (see
/// ``OutputBuffer/write(atMost:_:)``), so a run of small writes is one check
/// for room rather than one per write. The writer must not write more than
/// the room it was given.
struct ByteWriter {
  /// Where the next byte goes.
  private(set) var position: UnsafeMutablePointer<UInt8>

  /// The most bytes ``write(_:)`` writes for a whole number.
  static let numberWidth = 20

  /// A writer starting at `position`.
  init(at position: UnsafeMutablePointer<UInt8>) {
    self.position = position
  }

  /// Writes one byte.
  @inline(__always)
  mutating func write(byte: UInt8) {
    position.pointee = byte
    position += 1
  }

  /// Steps back over the last `count` bytes written, to write over them.
  @inline(__always)
  mutating func moveBack(by count: Int) {
    position -= count
  }

  /// Writes bytes.
  @inline(__always)
  mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    position.initialize(from: base, count: bytes.count)
    position += bytes.count
  }

  /// Writes bytes.
  @inline(__always)
  mutating func write(bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { write(bytes: $0) }
  }

  /// Writes text fixed when the program is built (keys, punctuation).
  @inline(__always)
  mutating func write(literal text: StaticString) {
    text.withUTF8Buffer { write(bytes: $0) }
  }

  /// Writes UTF-8 text.
  @inline(__always)
  mutating func write(_ text: String) {
    text.withUTF8Bytes { write(bytes: $0) }
  }

  /// Writes a whole number in decimal, at most ``numberWidth`` bytes. One
  /// under 1000 (most offsets, scores and line numbers) is one table read and
  /// one four-byte store, with no branch on how many digits it has: those
  /// vary from number to number, so such branches are often mispredicted.
  /// The store may write past the number, inside the room ``numberWidth`` keeps.
  @inline(__always)
  mutating func write(_ number: Int) {
    guard UInt(bitPattern: number) < UInt(Self.smallNumbers.count) else {
      writeDigits(of: number)
      return
    }
    let entry = Self.smallNumbers[number]
    UnsafeMutableRawPointer(position).storeBytes(of: entry.littleEndian, as: UInt32.self)
    position += Int(truncatingIfNeeded: entry &>> 24)
  }

  /// Each number from 0 to 999: its digits in the low three bytes, the first
  /// lowest, and its digit count in the top byte.
  private static let smallNumbers: [UInt32] = (0..<1000).map { number in
    let zero = UInt32(UInt8(ascii: "0"))
    let (hundreds, tens, ones) = (
      UInt32(number / 100), UInt32(number / 10 % 10), UInt32(number % 10)
    )
    switch number {
    case ..<10: return 1 << 24 | (zero + ones)
    case ..<100: return 2 << 24 | (zero + ones) << 8 | (zero + tens)
    default: return 3 << 24 | (zero + ones) << 16 | (zero + tens) << 8 | (zero + hundreds)
    }
  }

  /// Writes any whole number in decimal, digit by digit.
  private mutating func writeDigits(of number: Int) {
    var magnitude = number.magnitude
    if number < 0 { write(byte: UInt8(ascii: "-")) }
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    var index = digits
    repeat {
      index -= 1
      position[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    position += digits
  }

  /// Writes UTF-8 text as a quoted JSON string (see ``JSONQuoting``), at
  /// most ``JSONQuoting/maximumQuotedCount(ofUTF8Count:)`` bytes.
  @inline(__always)
  mutating func writeJSONString(utf8 text: UnsafeBufferPointer<UInt8>) {
    position += JSONQuoting.write(utf8: text, to: position)
  }

  /// Writes `text` as a quoted JSON string.
  @inline(__always)
  mutating func writeJSONString(_ text: String) {
    text.withUTF8Bytes { writeJSONString(utf8: $0) }
  }

  /// Writes `text` as part of a JSON string, escaped but without quotes, at
  /// most ``JSONQuoting/maximumQuotedCount(ofUTF8Count:)`` bytes.
  @inline(__always)
  mutating func writeEscaped(_ text: String) {
    text.withUTF8Bytes { position += JSONQuoting.writeEscaped(utf8: $0, to: position) }
  }

  /// Writes UTF-8 text known to need no escaping, in quotes.
  @inline(__always)
  mutating func writeQuoted(plain text: UnsafeBufferPointer<UInt8>) {
    write(byte: UInt8(ascii: "\""))
    write(bytes: text)
    write(byte: UInt8(ascii: "\""))
  }
}
