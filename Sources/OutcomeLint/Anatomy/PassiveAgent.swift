/// Who gives passive support when the phrase names them ("will be helped by
/// [his teacher] to read", "supported by [a member of staff] to join"): the
/// words after a passive phrase ending in "by", up to the "to" that hands on
/// to the person's own verb. The anatomy reads the action after that "to",
/// and the rewrite takes the agent out with the passive phrase.
enum PassiveAgent {
  /// How many words an agent may run to ("a member of staff").
  static let reach = 4

  /// The index of the "to" ending the agent after `passive`, when `passive`
  /// ends in "by" and one to ``reach`` words with no punctuation between
  /// come before it; nil otherwise.
  static func end(after passive: LexiconHit, in document: Document) -> Int? {
    let first = passive.tokens.upperBound
    guard first > 0, document.isWord(first - 1, "by") else { return nil }
    var index = first
    while index < document.tokens.count, index <= first + reach,
      document.tokens[index].kind != .punctuation
    {
      if document.isWord(index, "to") { return index > first ? index : nil }
      index += 1
    }
    return nil
  }
}
