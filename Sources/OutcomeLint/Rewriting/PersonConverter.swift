/// Turns the words that refer to the person from one voice into the other:
/// "he", "his", "Amy's" into "I", "my" (with the verb after a new "I" agreeing:
/// "he feels" -> "I feel"), or "I", "my" into "they", "their".
///
/// Going to the first person, only the pronouns of the person's own gender
/// (the first third-person pronoun after them) change, so "his teacher ... she"
/// keeps the teacher's "she".
struct PersonConverter {
  /// The outcome.
  let document: Document
  /// For checking which words are verbs.
  let verbs: VerbForms

  private static let toFirst: [[String: String]] = [
    ["he": "I", "him": "me", "his": "my", "himself": "myself", "he's": "I'm", "he'll": "I'll"],
    ["she": "I", "hers": "mine", "herself": "myself", "she's": "I'm", "she'll": "I'll"],
    [
      "they": "I", "them": "me", "their": "my", "theirs": "mine", "themselves": "myself",
      "themself": "myself", "they're": "I'm", "they'll": "I'll",
    ],
  ]

  private static let toThird: [String: String] = [
    "i": "they", "me": "them", "my": "their", "mine": "theirs", "myself": "themselves",
    "i'm": "they're", "i've": "they've", "i'll": "they'll", "i'd": "they'd",
  ]

  private static let agreementWithI: [String: String] = [
    "is": "am", "are": "am", "has": "have", "does": "do", "were": "was", "doesn't": "don't",
    "isn't": "am not", "aren't": "am not", "hasn't": "haven't",
  ]

  private static let agreementWithThey: [String: String] = ["am": "are", "was": "were"]

  /// Words that may follow "her" when it means "me" rather than "my".
  private static let objectFollowers: Set<String> = [
    "to", "and", "or", "with", "at", "in", "on", "for", "when", "if", "so", "about", "from", "by",
  ]

  /// Substitutions for `tokens` (in order) writing them in `target`'s voice;
  /// `name` is the person's name, whose mentions become "I", "me" or "my".
  func substitutions(_ tokens: [Int], to target: PersonStyle, name: String?) -> TokenTexts {
    switch target {
    case .first: return toFirstPerson(tokens, name: name)
    case .third: return toThirdPerson(tokens)
    }
  }

  private func word(_ index: Int) -> String {
    document.text(document.tokens[index].span).lowercased()
  }

  private func toFirstPerson(_ tokens: [Int], name: String?) -> TokenTexts {
    let words = tokens.map(word)
    let set =
      words.lazy.compactMap { word in
        word == "her" ? 1 : Self.toFirst.firstIndex { $0[word] != nil }
      }.first ?? 0
    var result = TokenTexts()
    for (position, index) in tokens.enumerated() {
      let current = words[position]
      let next = position + 1 < tokens.count ? words[position + 1] : nil
      var replacement: String?
      if set == 1 && current == "her" {
        replacement = next.map { Self.objectFollowers.contains($0) } ?? true ? "me" : "my"
      } else if let mapped = Self.toFirst[set][current] {
        replacement = mapped
      } else if let name, current == name.lowercased() {
        replacement =
          next.map { verbs.isVerb($0) || $0 == "will" || $0 == "can" } ?? false ? "I" : "me"
      } else if let name, current == name.lowercased() + "'s" || current == name.lowercased() + "’s"
      {
        replacement = "my"
      }
      guard var replacement else { continue }
      if replacement != "I", document.tokens[index].letterCase == .capitalized {
        replacement = replacement.prefix(1).uppercased() + replacement.dropFirst()
      }
      result[index] = replacement
      if replacement == "I", position + 1 < tokens.count, let next {
        let following = tokens[position + 1]
        if let agreed = Self.agreementWithI[next] ?? verbs.baseOfThirdPerson(next) {
          result[following] = agreed
        }
      }
    }
    return result
  }

  private func toThirdPerson(_ tokens: [Int]) -> TokenTexts {
    var result = TokenTexts()
    for (position, index) in tokens.enumerated() {
      guard var replacement = Self.toThird[word(index)] else { continue }
      if document.tokens[index].letterCase == .capitalized && word(index) != "i" {
        replacement = replacement.prefix(1).uppercased() + replacement.dropFirst()
      }
      result[index] = replacement
      if replacement == "they", position + 1 < tokens.count,
        let agreed = Self.agreementWithThey[word(tokens[position + 1])]
      {
        result[tokens[position + 1]] = agreed
      }
    }
    return result
  }
}
