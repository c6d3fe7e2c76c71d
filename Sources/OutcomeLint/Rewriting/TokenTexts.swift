/// Replacement text for some of an outcome's tokens, by token index; an empty
/// replacement drops the token. Takes no memory until the first replacement,
/// and keeps its memory when reset for another outcome.
struct TokenTexts {
  /// How many tokens the outcome has.
  private(set) var count: Int
  /// Whether no token has a replacement.
  private(set) var isEmpty = true
  private var texts: [String?] = []

  /// Replacements for an outcome of `count` tokens, none set yet.
  init(count: Int) {
    self.count = count
  }

  /// Takes out every replacement, for an outcome of `count` tokens.
  mutating func reset(count: Int) {
    self.count = count
    guard !isEmpty else { return }
    texts.removeAll(keepingCapacity: true)
    isEmpty = true
  }

  /// Whether token `index` has a replacement (read without copying it).
  func replaces(_ index: Int) -> Bool {
    !isEmpty && texts[index] != nil
  }

  /// Whether token `index` is dropped (its replacement is empty).
  func drops(_ index: Int) -> Bool {
    !isEmpty && texts[index]?.isEmpty == true
  }

  /// The replacement for token `index`, if any.
  subscript(index: Int) -> String? {
    get { isEmpty ? nil : texts[index] }
    set {
      if isEmpty {
        guard newValue != nil else { return }
        texts.removeAll(keepingCapacity: true)
        texts.append(contentsOf: repeatElement(nil, count: count))
        isEmpty = false
      }
      texts[index] = newValue
    }
  }
}
