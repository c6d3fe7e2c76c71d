import OutcomeLintTestSupport
import Testing

@testable import OutcomeLint

/// Lexicon phrases go to ICU together, a line feed after each: every phrase
/// must be cut exactly as it is alone.
@Suite struct PhraseSegmentationTests {
  private struct FoldedToken: Equatable {
    let phrase: Int
    let key: [UInt8]
    let kind: TokenKind
    let letterCase: LetterCase
  }

  private func folded(_ phrases: [String], segmenter: Segmenter) throws -> [FoldedToken] {
    var tokens: [FoldedToken] = []
    try segmenter.forEachFoldedToken(ofPhrases: phrases) { phrase, key, kind, letterCase in
      tokens.append(FoldedToken(phrase: phrase, key: key, kind: kind, letterCase: letterCase))
    }
    return tokens
  }

  /// Tokens of each phrase given alone, numbered as in `phrases`.
  private func alone(_ phrases: [String], segmenter: Segmenter) throws -> [FoldedToken] {
    try phrases.indices.flatMap { index in
      try folded([phrases[index]], segmenter: segmenter).map {
        FoldedToken(phrase: index, key: $0.key, kind: $0.kind, letterCase: $0.letterCase)
      }
    }
  }

  @Test func everyBundledPhraseIsCutAsItIsAlone() throws {
    let segmenter = try Segmenter()
    let lexicons = TestEngine.shared.lexicons
    for kind in LexiconKind.allCases {
      let phrases = lexicons.entries(of: kind).map(\.phrase)
      #expect(
        try folded(phrases, segmenter: segmenter) == alone(phrases, segmenter: segmenter),
        "\(kind.name)")
    }
  }

  /// Phrases whose ends would join with their neighbours' if nothing stood
  /// between them: letters, digits, mid-word punctuation, combining marks,
  /// flags, emoji joiners, a carriage return, and phrases with no token.
  @Test func phraseEndsNeverJoin() throws {
    let segmenter = try Segmenter()
    let phrases = [
      "e.g.", "i.e", "3.5", "co-ordination", "don't", "'", "café", "\u{301}accent",
      "🇬🇧", "🇫🇷", "👩\u{200D}", "\u{200D}👧", "x\r", "y", " ", "#", "# out of #", "",
      "SALT", "TA", "日本語", "語",
    ]
    let tokens = try folded(phrases, segmenter: segmenter)
    #expect(tokens == (try alone(phrases, segmenter: segmenter)))
    #expect(tokens.map(\.phrase).max() == phrases.count - 1)
  }
}
