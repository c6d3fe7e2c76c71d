/// Widens a session-count match to the number counting it across the words
/// describing the sessions: "2 swimming sessions a week", "two 30-minute
/// sessions", "six careers guidance sessions". The lexicon's `# sessions`
/// only matches a number right before the session word, so without this the
/// number and its first modifier ("2 swimming") would read as the person's own
/// quantity criterion. Traces to SecEd (seed 001): "to have three sessions of
/// extra spelling tuition each week" counts provision.
enum CountedSession {
  /// How many describing words may stand between the number and the session word.
  static let reach = 3

  /// `hit` (a session match in the main clause) reaching back to the number
  /// that counts it, or `hit` unchanged. The walk stops at anything that is
  /// not a describing word: a grammar word ("in 2 reading sessions" counts
  /// from "2", "in his sessions" from nothing), punctuation other than a
  /// joining hyphen, the edge of the main clause, or a number already read as
  /// another phrase ("one-to-one reading sessions"). The whole of a share
  /// ("4 out of 5 observed sessions") is not a count either. A match opening
  /// on a grammar word or "per" ("2 lengths each session", "3 requests per
  /// session") counts what comes before it, not the sessions, so it is left
  /// as it is.
  static func widened(_ hit: LexiconHit, in document: Document, regions: TokenRegions)
    -> LexiconHit
  {
    let first = hit.tokens.lowerBound
    guard !isGrammarWord(first, in: document), !document.isWord(first, "per") else { return hit }
    var count: Int?
    var words = 0
    var index = first
    while index > 0 {
      let previous = index - 1
      let token = document.tokens[previous]
      guard regions.isMain(previous) else { break }
      if token.kind == .punctuation {
        guard isJoiningHyphen(previous, in: document) else { break }
        index = previous
        continue
      }
      if token.kind == .number {
        guard !isReadAsOtherPhrase(previous, in: document) else { break }
        count = previous
      } else {
        // A describing word to the left of the count means the count was a describing number.
        guard count == nil, words < reach, !isGrammarWord(previous, in: document) else { break }
        words += 1
      }
      index = previous
    }
    guard let count, !isShareWhole(count, in: document) else { return hit }
    let tokens = count..<hit.tokens.upperBound
    return LexiconHit(
      kind: hit.kind, index: hit.index, tokens: tokens, span: document.span(ofTokens: tokens))
  }

  /// Whether number `index` is the whole a share is taken from: after "out of"
  /// or a number and "of" ("4 out of 5 observed sessions", "3 of 4 weekly
  /// sessions"), unlike "the whole of 3 group sessions".
  private static func isShareWhole(_ index: Int, in document: Document) -> Bool {
    guard index >= 2, document.isWord(index - 1, "of") else { return false }
    return document.isWord(index - 2, "out") || document.tokens[index - 2].kind == .number
  }

  /// Whether token `index` is a hyphen joining the tokens either side of it ("30-minute").
  private static func isJoiningHyphen(_ index: Int, in document: Document) -> Bool {
    let tokens = document.tokens
    guard index > 0, index + 1 < tokens.count, document.isWord(index, "-") else { return false }
    return tokens[index - 1].end == tokens[index].start
      && tokens[index].end == tokens[index + 1].start
  }

  /// Whether a function-words entry covers token `index` ("in", "his", "each").
  private static func isGrammarWord(_ index: Int, in document: Document) -> Bool {
    document.hits(.functionWords).contains { $0.tokens.contains(index) }
  }

  /// Whether number `index` belongs to a criterion ("4 out of 5") or to other
  /// provision wording ("1:1", "one-to-one"); a size the sessions have
  /// ("45-minute") is part of their count.
  private static func isReadAsOtherPhrase(_ index: Int, in document: Document) -> Bool {
    document.hits(.criteria).contains {
      $0.tokens.contains(index) && document.valueClass($0) != .quantity
    }
      || document.hits(.provision).contains { $0.tokens.contains(index) }
  }
}
