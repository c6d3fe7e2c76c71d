/// The plan checks' word lists, read once from the lexicons: stop words and
/// word families for the golden thread, and the names an `area` field may use.
/// Immutable and shared by every worker.
public struct PlanVocabulary: Sendable {
  private let stopWords: Set<String>
  private let stems: [String: String]
  private let areaNames: [String: String]

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

  /// The area of need, care domain or adulthood an `area` field names, if recognised.
  public func area(named name: String) -> PlanArea? {
    guard let value = areaNames[Self.normalizedName(name)] else { return nil }
    if let need = NeedArea(rawValue: value) { return .need(need) }
    if value == "adulthood" { return .adulthood }
    return CareDomain(rawValue: value).map(PlanArea.domain)
  }

  /// Lower case, with every run of characters other than letters, digits and
  /// `&` turned into one space.
  static func normalizedName(_ name: String) -> String {
    var result = ""
    var pendingSpace = false
    for character in name.lowercased() {
      if character.isLetter || character.isNumber || character == "&" {
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(character)
      } else {
        pendingSpace = true
      }
    }
    return result
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
