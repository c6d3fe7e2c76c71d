import OutcomeLint
import Testing

/// The escaper that checks sixteen or eight bytes at a time writes exactly
/// what escaping byte by byte would, wherever the bytes to escape fall; character offsets
/// count scalars however the multi-byte ones fall.
@Suite struct JSONQuotingTests {
  /// Escapes one scalar at a time: the rules ``JSONQuoting`` documents.
  private func reference(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{0085}": result += "\\u0085"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  private static let awkward: [String] = [
    "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2026}",
    "\u{2019}", "é", "😀", "\u{E2}", "\u{0085}", "£", "\u{A0}", "\u{C2}",
  ]

  @Test func everyEscapeAtEveryOffsetMatchesEscapingByteByByte() {
    for awkward in Self.awkward {
      for prefix in 0..<40 {
        for suffix in [0, 1, 7, 8, 9, 15, 16, 17, 31] {
          let text =
            String(repeating: "a", count: prefix) + awkward + String(repeating: "b", count: suffix)
          #expect(JSONQuoting.quoted(text) == reference(text), "\(Array(text.utf8))")
        }
      }
    }
  }

  @Test func mixedTextMatchesEscapingByteByByte() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      let length = Int.random(in: 0..<60, using: &generator)
      let text = (0..<length).map { _ in
        Int.random(in: 0..<3, using: &generator) == 0
          ? Self.awkward.randomElement(using: &generator)! : "plain words "
      }.joined()
      #expect(JSONQuoting.quoted(text) == reference(text), "\(Array(text.utf8))")
    }
  }

  @Test func characterOffsetsCountScalarsBeforeEachByte() {
    let text = "By July, Zoë will say “hello” 😀 to 3 friends… in class"
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      let offsets = CharacterOffsets(buffer)
      var scalars = 0
      for (byte, value) in bytes.enumerated() {
        #expect(offsets.characterOffset(ofByte: byte) == scalars)
        if value & 0xC0 != 0x80 { scalars += 1 }
      }
      #expect(offsets.characterOffset(ofByte: bytes.count) == text.unicodeScalars.count)
    }
  }
}
