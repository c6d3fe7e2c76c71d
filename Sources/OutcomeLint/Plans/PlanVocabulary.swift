/// The plan checks' word lists, read once from the lexicons: stop words, word
/// families and theme phrases for the golden thread, and the names an `area`
/// field may use. Immutable and shared by every worker.
public struct PlanVocabulary: Sendable {
  private let stopWords: Set<String>
  private let stems: [String: String]
  private let areaNames: [String: String]
  /// The most ASCII letters and digits in any of `areaNames`.
  private let mostAreaNameLetters: Int
  /// Every stop word, stemmed word and theme-phrase word, by id.
  let words: VocabularyWords
  /// Whether each word is a stop word, by id.
  private let isStopWordByID: [Bool]
  /// Each word's listed stem, by id: an index into `listedStems`, or -1.
  private let listedStemByID: [Int32]
  /// The stems the stems lexicon lists, and whether each is a stop word.
  private let listedStems: [(stem: String, isStopWord: Bool)]
  /// Thread-themes phrases as word ids, grouped by their first word, each
  /// group longest first; `phraseStarts[id]..<phraseStarts[id + 1]` is the group of word `id`.
  private let phrases: [(words: [Int32], theme: ThreadTheme)]
  private let phraseStarts: [Int32]

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
    mostAreaNameLetters =
      areas.keys.map { $0.utf8.count(where: Self.isASCIILetterOrDigit) }.max() ?? 0
    var themePhrases: [String: [(words: [String], theme: ThreadTheme)]] = [:]
    for entry in lexicons.entries(of: .threadThemes) {
      let words = entry.phrase.lowercased().split(whereSeparator: {
        !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’")
      }).map(String.init)
      guard let first = words.first, let theme = ThreadTheme(name: entry.value) else { continue }
      themePhrases[first, default: []].append((words, theme))
    }
    var words = VocabularyWords()
    for word in stopWords { _ = words.add(word) }
    var listedStems: [(stem: String, isStopWord: Bool)] = []
    var listedStemOf: [Int32: Int32] = [:]
    for (word, stem) in stems {
      listedStemOf[words.add(word)] = Int32(listedStems.count)
      listedStems.append((stem, stopWords.contains(stem)))
    }
    var groups: [Int32: [(words: [Int32], theme: ThreadTheme)]] = [:]
    for (first, group) in themePhrases {
      let phrases = group.sorted { $0.words.count > $1.words.count }.map { phrase in
        (words: phrase.words.map { words.add($0) }, theme: phrase.theme)
      }
      groups[words.add(first), default: []] += phrases
    }
    words.finish()
    self.words = words
    var isStopWordByID = Array(repeating: false, count: words.count)
    for word in stopWords { isStopWordByID[Int(words.id(of: word))] = true }
    self.isStopWordByID = isStopWordByID
    self.listedStems = listedStems
    listedStemByID = (0..<Int32(words.count)).map { listedStemOf[$0] ?? -1 }
    var phrases: [(words: [Int32], theme: ThreadTheme)] = []
    var phraseStarts: [Int32] = []
    for id in 0..<Int32(words.count) {
      phraseStarts.append(Int32(phrases.count))
      phrases += groups[id] ?? []
    }
    phraseStarts.append(Int32(phrases.count))
    self.phrases = phrases
    self.phraseStarts = phraseStarts
  }

  /// Whether `word` (lower case) carries no link on its own.
  public func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }

  /// Whether the word with id `id` (or -1, a word outside the vocabulary) is a stop word.
  func isStopWord(id: Int32) -> Bool { id >= 0 && isStopWordByID[Int(id)] }

  /// The stem of `word` (lower case): the stems lexicon's entry, else the
  /// word less a regular ending (-ies, -es, -s, -ing, -ed, -ly).
  public func stem(_ word: String) -> String {
    if let listed = stems[word] { return listed }
    let stripped = Self.strippingEnding(word)
    return stems[stripped] ?? stripped
  }

  /// ``stem(_:)`` of an ASCII word in lower case, given as bytes with its id
  /// (-1 when outside the vocabulary), and whether that stem is a stop word;
  /// the same as `stem` on the word as a string, with no string made but the stem.
  func stem(ofASCII word: UnsafeBufferPointer<UInt8>, id: Int32) -> (
    stem: String, isStopWord: Bool
  ) {
    if id >= 0, case let listed = listedStemByID[Int(id)], listed >= 0 {
      return listedStems[Int(listed)]
    }
    let (kept, addsY) = Self.asciiStemLength(word)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kept + 1) { buffer in
      for index in 0..<kept { buffer[index] = word[index] }
      if addsY { buffer[kept] = UInt8(ascii: "y") }
      let stripped = UnsafeBufferPointer(rebasing: buffer[0..<(kept + (addsY ? 1 : 0))])
      let strippedID = words.id(ofASCII: stripped)
      if strippedID >= 0, case let listed = listedStemByID[Int(strippedID)], listed >= 0 {
        return listedStems[Int(listed)]
      }
      return (String(decoding: stripped, as: UTF8.self), isStopWord(id: strippedID))
    }
  }

  /// The thread-themes phrases that start with word `id` (-1: none), longest first.
  func phrases(startingWith id: Int32) -> ArraySlice<(words: [Int32], theme: ThreadTheme)> {
    guard id >= 0 else { return [] }
    return phrases[Int(phraseStarts[Int(id)])..<Int(phraseStarts[Int(id) + 1])]
  }

  /// The themes the words at `tokens` of `document` show, in text order: at
  /// each word the longest thread-themes phrase starting there (its words are
  /// then passed over). Punctuation between a phrase's words is ignored.
  public func themeMentions(in document: Document, tokens: some Sequence<Int>) -> [ThemeMention] {
    var reader = PlanWordReader()
    reader.read(document, vocabulary: self)
    return reader.themeMentions(in: document, tokens: tokens, vocabulary: self)
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

  /// Whether the whole of `text` names an area ("Communication and
  /// interaction", "SEMH:", "Preparing for adulthood"), as a sub-heading over
  /// a plan's outcomes does; an outcome that mentions one does not.
  public func isAreaName(_ text: String) -> Bool {
    // Every ASCII letter or digit of `text` is one of its normalized name's,
    // so text with more of them than the longest name (an outcome, say) is
    // not one, and is not normalized only to find that out.
    var letters = 0
    for byte in text.utf8 where Self.isASCIILetterOrDigit(byte) {
      letters += 1
      if letters > mostAreaNameLetters { return false }
    }
    return areaNames[Self.normalizedName(text)] != nil
  }

  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
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

  /// ``strippingEnding(_:)`` of an ASCII word: how many of its bytes the
  /// stem keeps, and whether a "y" follows them.
  private static func asciiStemLength(_ word: UnsafeBufferPointer<UInt8>) -> (
    kept: Int, addsY: Bool
  ) {
    let count = word.count
    func endsWith(_ suffix: StaticString) -> Bool {
      let length = suffix.utf8CodeUnitCount
      guard count >= length else { return false }
      for offset in 0..<length where word[count - length + offset] != suffix.utf8Start[offset] {
        return false
      }
      return true
    }
    func undoubled(_ kept: Int) -> Int {
      guard kept > 2, word[kept - 1] == word[kept - 2] else { return kept }
      switch word[kept - 1] {
      case UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z"), UInt8(ascii: "a"),
        UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
        return kept
      default: return kept - 1
      }
    }
    if count > 4, endsWith("ies") { return (count - 3, true) }
    if count > 5, endsWith("ing") { return (undoubled(count - 3), false) }
    if count > 4, endsWith("ed") { return (undoubled(count - 2), false) }
    if count > 4, endsWith("ly") { return (count - 2, false) }
    if count > 4, endsWith("ches") || endsWith("shes") || endsWith("sses") || endsWith("xes") {
      return (count - 2, false)
    }
    if count > 3, endsWith("s"), !endsWith("ss"), !endsWith("us"), !endsWith("is") {
      return (count - 1, false)
    }
    return (count, false)
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
