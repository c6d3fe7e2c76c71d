/// Replacement text for some of an outcome's tokens, by token index; an empty
/// replacement drops the token. Takes no memory until the first replacement.
struct TokenTexts {
  /// How many tokens the outcome has.
  let count: Int
  private var texts: [String?] = []

  /// Replacements for an outcome of `count` tokens, none set yet.
  init(count: Int) {
    self.count = count
  }

  /// Whether no token has a replacement.
  var isEmpty: Bool { texts.isEmpty }

  /// Whether token `index` has a replacement (read without copying it).
  func replaces(_ index: Int) -> Bool {
    !texts.isEmpty && texts[index] != nil
  }

  /// Whether token `index` is dropped (its replacement is empty).
  func drops(_ index: Int) -> Bool {
    !texts.isEmpty && texts[index]?.isEmpty == true
  }

  /// The replacement for token `index`, if any.
  subscript(index: Int) -> String? {
    get { texts.isEmpty ? nil : texts[index] }
    set {
      if texts.isEmpty {
        guard newValue != nil else { return }
        texts = Array(repeating: nil, count: count)
      }
      texts[index] = newValue
    }
  }
}
