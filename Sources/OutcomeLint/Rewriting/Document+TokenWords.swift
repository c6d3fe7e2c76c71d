extension Document {
  /// Whether token `index` is all ASCII, so its lower case is its bytes with
  /// A-Z lowered, the same as its folded term.
  func isASCIIToken(_ index: Int) -> Bool {
    let token = tokens[index]
    return bytes.withUnsafeBufferPointer { bytes in
      (Int(token.start)..<Int(token.end)).allSatisfy { bytes[$0] < 0x80 }
    }
  }

  /// The token's text in lower case.
  func lowercasedWord(_ index: Int) -> String {
    text(tokens[index].span).lowercased()
  }

  /// Whether token `index` in lower case is `word`, which is written in lower
  /// case: the same test as comparing ``lowercasedWord(_:)``, without building a string.
  func tokenIs(_ index: Int, _ word: StaticString) -> Bool {
    guard isASCIIToken(index) else { return lowercasedWord(index) == word.description }
    return asciiTokenIs(index, word)
  }

  /// Whether token `index` in lower case is one of `words` (``tokenIs(_:_:)``).
  func tokenIs(_ index: Int, anyOf words: [StaticString]) -> Bool {
    position(ofToken: index, in: words) != nil
  }

  /// Where token `index` in lower case stands in `words` (``tokenIs(_:_:)``), if it does.
  func position(ofToken index: Int, in words: [StaticString]) -> Int? {
    guard isASCIIToken(index) else {
      let word = lowercasedWord(index)
      return words.firstIndex { word == $0.description }
    }
    return words.firstIndex { asciiTokenIs(index, $0) }
  }

  private func asciiTokenIs(_ index: Int, _ word: StaticString) -> Bool {
    let token = tokens[index]
    let start = Int(token.start)
    let count = Int(token.end) - start
    guard word.utf8CodeUnitCount == count else { return false }
    return word.withUTF8Buffer { target in
      bytes.withUnsafeBufferPointer { bytes in
        for offset in 0..<count {
          var byte = bytes[start + offset]
          if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
          if byte != target[offset] { return false }
        }
        return true
      }
    }
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
