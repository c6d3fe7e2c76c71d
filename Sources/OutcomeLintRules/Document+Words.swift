import OutcomeLint

extension Document {
  /// Whether the tokens from `index` on are `words` (see ``Document/isWord(_:_:)``).
  func isWords(_ words: [StaticString], at index: Int) -> Bool {
    guard index + words.count <= tokens.count, mayBeWord(index, words[0]) else { return false }
    for offset in words.indices where !isWord(index + offset, words[offset]) { return false }
    return true
  }

  /// Whether token `index` may be `word` (given in lower case) by its first
  /// byte (see ``loweredFirstByte(_:)``).
  func mayBeWord(_ index: Int, _ word: StaticString) -> Bool {
    guard let initial = loweredFirstByte(index) else { return true }
    return word.utf8CodeUnitCount > 0 && initial == word.utf8Start[0]
  }

  /// The first byte of token `index` with A-Z lowered, or nil when it is not
  /// ASCII. A token whose first byte is ASCII can only be a lower-case word
  /// (``Document/isWord(_:_:)``) that starts with this byte, so comparing it
  /// spares most word comparisons when a rule looks for a few words at every token.
  func loweredFirstByte(_ index: Int) -> UInt8? {
    let first = bytes[Int(tokens[index].start)]
    guard first < 0x80 else { return nil }
    return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") ? first + 32 : first
  }
}
