/// Replacement text for some of an outcome's tokens, by token index; an empty
/// replacement drops the token. A short list (a rewrite replaces only a few
/// tokens), read by search; it takes no memory until the first replacement
/// and keeps its memory when reset for another outcome.
struct TokenTexts {
  /// The tokens replaced, in the order their replacements were set.
  private var tokens: [Int] = []
  /// Their replacements, by position in ``tokens``.
  private var texts: [String] = []

  /// Whether no token has a replacement.
  var isEmpty: Bool { tokens.isEmpty }

  /// Takes out every replacement.
  mutating func reset() {
    guard !isEmpty else { return }
    tokens.removeAll(keepingCapacity: true)
    texts.removeAll(keepingCapacity: true)
  }

  /// Where token `index`'s replacement is kept, if it has one.
  private func position(of index: Int) -> Int? {
    tokens.isEmpty ? nil : tokens.firstIndex(of: index)
  }

  /// Whether token `index` has a replacement.
  func replaces(_ index: Int) -> Bool {
    position(of: index) != nil
  }

  /// Whether token `index` is dropped (its replacement is empty).
  func drops(_ index: Int) -> Bool {
    position(of: index).map { texts[$0].isEmpty } ?? false
  }

  /// The replacement for token `index`, if any.
  subscript(index: Int) -> String? {
    get { position(of: index).map { texts[$0] } }
    set {
      if let position = position(of: index) {
        if let newValue {
          texts[position] = newValue
        } else {
          tokens.remove(at: position)
          texts.remove(at: position)
        }
      } else if let newValue {
        tokens.append(index)
        texts.append(newValue)
      }
    }
  }
}
