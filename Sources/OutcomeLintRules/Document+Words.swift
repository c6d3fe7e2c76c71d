import OutcomeLint

extension Document {
  /// Whether the tokens from `index` on are `words` (see ``Document/isWord(_:_:)``).
  func isWords(_ words: [StaticString], at index: Int) -> Bool {
    guard index + words.count <= tokens.count, mayBeWord(index, words[0]) else { return false }
    for offset in words.indices where !isWord(index + offset, words[offset]) { return false }
    return true
  }

  /// Whether token `index` may be `word` (given in lower case) by its first
  /// byte: false only when that byte is ASCII and, lowered, differs from the
  /// word's first byte, so ``Document/isWord(_:_:)`` would say no too. It
  /// spares most of the comparisons when a rule looks for a few words at
  /// every token.
  func mayBeWord(_ index: Int, _ word: StaticString) -> Bool {
    var first = bytes[Int(tokens[index].start)]
    guard first < 0x80 else { return true }
    if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { first += 32 }
    return word.utf8CodeUnitCount > 0 && first == word.utf8Start[0]
  }
}
