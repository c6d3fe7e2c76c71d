/// What the plan checks know about one outcome beyond its own analysis: the
/// area it is written under, which of education, health and care it serves,
/// which preparing-for-adulthood themes it touches, its content words, the
/// golden-thread themes it is about, where its timeframe points, and its
/// duplicate fingerprint.
public struct OutcomeFacts: Sendable {
  /// The area its `area` field names, when recognised.
  public let area: PlanArea?
  /// Education, health and/or care, from the `area` field and the outcome's words.
  public let domains: Set<CareDomain>
  /// Preparing-for-adulthood themes its words touch.
  public let themes: Set<AdulthoodTheme>
  /// Content words of the outcome outside its timeframe (by when is not what
  /// it is about: "by the end of her college course" does not serve "I want
  /// to go to college").
  public let words: [PlanWord]
  /// Content words of its purpose clause, when it has one.
  public let purposeWords: [PlanWord]?
  /// The golden-thread themes it is about: those its words show outside its
  /// timeframe (by when is not what it is about), and the area of need its
  /// `area` field names.
  public let threadThemes: [ThemeMention]
  /// The year group its timeframe points to, when the wording names one.
  public let target: TimeframeTarget?
  /// Its duplicate fingerprint.
  public let fingerprint: OutcomeFingerprint

  /// Reads the facts of `outcome` (analysed as `report`, its `area` field
  /// recognised as `area`) with a worker's word `reader`.
  init(
    _ outcome: PlanOutcome, report: OutcomeReport, area: PlanArea?, names: Set<String>,
    reader: inout PlanWordReader, vocabulary: PlanVocabulary
  ) {
    let document = report.outcome.document
    self.area = area
    var domains = Set(
      document.hits(.careDomains).compactMap { CareDomain(rawValue: document.value($0)) })
    if let domain = area?.domain { domains.insert(domain) }
    self.domains = domains
    themes = Set(
      document.hits(.adulthoodThemes).compactMap { AdulthoodTheme(rawValue: document.value($0)) })
    let timeframe = report.outcome.anatomy.timeframe?.tokens ?? 0..<0
    let described = (0..<document.tokens.count).lazy.filter { !timeframe.contains($0) }
    reader.read(document, vocabulary: vocabulary)
    words = reader.contentWords(
      of: document, tokens: described, names: names, vocabulary: vocabulary)
    purposeWords = report.outcome.anatomy.purpose.map {
      reader.contentWords(of: document, tokens: $0.tokens, names: names, vocabulary: vocabulary)
    }
    var threadThemes = reader.themeMentions(
      in: document, tokens: described, vocabulary: vocabulary)
    if case .need(let need) = area, let name = outcome.area {
      threadThemes.append(ThemeMention(theme: .need(need), words: "area: \(name)"))
    }
    self.threadThemes = threadThemes
    target = TimeframeTarget.of(report.outcome)
    fingerprint = OutcomeFingerprint(document: document, names: names)
  }
}
