extension Document {
  /// Whether token `index` in lower case is one of `words` (``isWord(_:_:)``).
  func tokenIs(_ index: Int, anyOf words: [StaticString]) -> Bool {
    position(ofToken: index, in: words) != nil
  }

  /// Where token `index` in lower case stands in `words` (``isWord(_:_:)``),
  /// if it does. An ASCII token is only compared with the words of its
  /// length and first letter.
  func position(ofToken index: Int, in words: [StaticString]) -> Int? {
    guard isASCIIToken(index) else { return words.firstIndex { isWord(index, $0) } }
    let token = tokens[index]
    let length = Int(token.end) - Int(token.start)
    guard length > 0 else { return words.firstIndex { isWord(index, $0) } }
    var first = bytes[Int(token.start)]
    if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { first += 32 }
    return words.firstIndex { word in
      word.utf8CodeUnitCount == length && word.utf8Start.pointee == first && isWord(index, word)
    }
  }

  /// Whether the text of `span` in lower case holds `word` (lower-case
  /// letters), as `firstRange(of:)` finds it in a lower-cased string.
  func spanMentions(_ span: TextSpan, _ word: StaticString) -> Bool {
    let text = bytes[span.start..<span.end]
    guard text.allSatisfy({ $0 < 0x80 }) else {
      return self.text(span).lowercased().occurs(word.description)
    }
    return bytes.withUnsafeBufferPointer { bytes in
      word.withUTF8Buffer { word in
        guard let first = word.first else { return true }
        guard span.length >= word.count else { return false }
        @inline(__always) func lowered(_ byte: UInt8) -> UInt8 {
          byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        }
        for start in span.start...(span.end - word.count) where lowered(bytes[start]) == first {
          if (1..<word.count).allSatisfy({ lowered(bytes[start + $0]) == word[$0] }) { return true }
        }
        return false
      }
    }
  }
}
