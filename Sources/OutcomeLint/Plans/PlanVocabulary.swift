/// The plan checks' word lists, read once from the lexicons: stop words, word
/// families and theme phrases for the golden thread, and the names an `area`
/// field may use. Immutable and shared by every worker.
public struct PlanVocabulary: Sendable {
  private let stopWords: Set<String>
  private let stems: [String: String]
  private let areaNames: [String: String]
  /// Thread-themes phrases by their first word, longest first.
  private let themePhrases: [String: [(words: [String], theme: ThreadTheme)]]

  /// Reads the vocabulary from compiled lexicons.
  public init(lexicons: Lexicons) {
    stopWords = Set(lexicons.entries(of: .stopWords).map { $0.phrase.lowercased() })
    var stems: [String: String] = [:]
    for entry in lexicons.entries(of: .stems) {
      stems[entry.phrase.lowercased()] = entry.value.lowercased()
    }
    self.stems = stems
    var areas: [String: String] = [:]
    for entry in lexicons.entries(of: .needAreas) {
      areas[Self.normalizedName(entry.phrase)] = entry.value
    }
    areaNames = areas
    var phrases: [String: [(words: [String], theme: ThreadTheme)]] = [:]
    for entry in lexicons.entries(of: .threadThemes) {
      let words = entry.phrase.lowercased().split(whereSeparator: {
        !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’")
      }).map(String.init)
      guard let first = words.first, let theme = ThreadTheme(name: entry.value) else { continue }
      phrases[first, default: []].append((words, theme))
    }
    themePhrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
  }

  /// Whether `word` (lower case) carries no link on its own.
  public func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }

  /// The stem of `word` (lower case): the stems lexicon's entry, else the
  /// word less a regular ending (-ies, -es, -s, -ing, -ed, -ly).
  public func stem(_ word: String) -> String {
    if let listed = stems[word] { return listed }
    let stripped = Self.strippingEnding(word)
    return stems[stripped] ?? stripped
  }

  /// The themes the words at `tokens` of `document` show, in text order: at
  /// each word the longest thread-themes phrase starting there (its words are
  /// then passed over). Punctuation between a phrase's words is ignored.
  public func themeMentions(in document: Document, tokens: some Sequence<Int>) -> [ThemeMention] {
    let indices = tokens.filter { document.tokens[$0].kind == .word }
    let words = indices.map { PlanWord.lowercasedWord(at: $0, in: document) }
    var mentions: [ThemeMention] = []
    var position = 0
    while position < words.count {
      let match = themePhrases[words[position]]?.first { phrase in
        position + phrase.words.count <= words.count
          && words[position..<(position + phrase.words.count)].elementsEqual(phrase.words)
      }
      guard let match else {
        position += 1
        continue
      }
      let span = document.span(
        ofTokens: indices[position]..<(indices[position + match.words.count - 1] + 1))
      mentions.append(ThemeMention(theme: match.theme, words: document.text(span)))
      position += match.words.count
    }
    return mentions
  }

  /// The area of need, care domain or adulthood an `area` field names, if
  /// recognised: the whole name, else the first of its parts (split at
  /// brackets, colons, slashes and dashes) that the need-areas lexicon knows,
  /// so "Cognition and Learning (C&L)" and "Preparing for adulthood:
  /// employment" are read as plans write them.
  public func area(named name: String) -> PlanArea? {
    let parts = name.split(whereSeparator: { "()[]:;/–—".contains($0) }).flatMap {
      $0.split(separator: " - ")
    }
    for candidate in [Substring(name)] + parts {
      guard let value = areaNames[Self.normalizedName(candidate)] else { continue }
      if let need = NeedArea(rawValue: value) { return .need(need) }
      if value == "adulthood" { return .adulthood }
      return CareDomain(rawValue: value).map(PlanArea.domain)
    }
    return nil
  }

  /// Lower case, with every run of characters other than letters, digits and
  /// `&` turned into one space, and an `&` standing alone written as "and"
  /// ("Social, Emotional & Mental Health" reads as "social emotional and
  /// mental health"; "C&I" stays "c&i").
  static func normalizedName(_ name: some StringProtocol) -> String {
    var words: [String] = []
    var word = ""
    for character in name.lowercased() {
      if character.isLetter || character.isNumber || character == "&" {
        word.append(character)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words.map { $0 == "&" ? "and" : $0 }.joined(separator: " ")
  }

  private static func strippingEnding(_ word: String) -> String {
    let characters = Array(word)
    let count = characters.count
    func drop(_ suffix: Int) -> [Character] { Array(characters[0..<(count - suffix)]) }
    if count > 4, word.hasSuffix("ies") { return String(drop(3)) + "y" }
    if count > 5, word.hasSuffix("ing") { return String(undoubled(drop(3))) }
    if count > 4, word.hasSuffix("ed") { return String(undoubled(drop(2))) }
    if count > 4, word.hasSuffix("ly") { return String(drop(2)) }
    if count > 4,
      word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("sses")
        || word.hasSuffix("xes")
    {
      return String(drop(2))
    }
    if count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
      !word.hasSuffix("is")
    {
      return String(drop(1))
    }
    return word
  }

  /// "swimm" -> "swim", but "fall" stays.
  private static func undoubled(_ characters: [Character]) -> [Character] {
    guard characters.count > 2, let last = characters.last,
      last == characters[characters.count - 2], !"lsz".contains(last),
      !"aeiou".contains(last)
    else { return characters }
    return Array(characters.dropLast())
  }
}
