extension Document {
  /// Whether token `index` in lower case is one of `words` (``isWord(_:_:)``).
  func tokenIs(_ index: Int, anyOf words: [StaticString]) -> Bool {
    position(ofToken: index, in: words) != nil
  }

  /// Where token `index` in lower case stands in `words` (``isWord(_:_:)``), if it does.
  func position(ofToken index: Int, in words: [StaticString]) -> Int? {
    words.firstIndex { isWord(index, $0) }
  }

  /// Whether the text of `span` in lower case holds `word` (lower-case
  /// letters), as `firstRange(of:)` finds it in a lower-cased string.
  func spanMentions(_ span: TextSpan, _ word: StaticString) -> Bool {
    let text = bytes[span.start..<span.end]
    guard text.allSatisfy({ $0 < 0x80 }) else {
      return self.text(span).lowercased().occurs(word.description)
    }
    let lowered = text.lazy.map {
      $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0
    }
    return word.withUTF8Buffer { String.bytes(lowered, contain: $0) }
  }
}
