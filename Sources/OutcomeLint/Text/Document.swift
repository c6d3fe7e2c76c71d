/// One outcome's text, segmented once: its UTF-8 bytes, tokens, sentence
/// boundaries and every lexicon match, resolved to hits. Rules read it;
/// nothing re-scans the text. It keeps no reference to the matcher's arrays,
/// so the worker reuses them for the next outcome.
public final class Document: HitStore, Sendable {
  /// The outcome as UTF-8 bytes (validated UTF-8).
  public let bytes: [UInt8]
  /// Words, numbers and punctuation, whitespace dropped.
  public let tokens: [Token]
  /// Byte offsets where sentences end.
  public let sentenceEnds: [Int32]
  /// The lexicons the hits refer to.
  public let lexicons: Lexicons
  /// Every hit, grouped by lexicon kind (in raw-value order), each group in text order.
  private let hitList: [LexiconHit]
  /// Where each kind's group starts in `hitList`, by raw value, and where the last ends.
  private let kindStarts: [Int32]
  /// For each token, one bit per lexicon kind (by raw value) that has a match
  /// starting at the token.
  private let hitStarts: [UInt32]

  /// Assembles a document from its segmentation and lexicon matches.
  public convenience init(
    bytes: [UInt8], tokens: [Token], sentenceEnds: [Int32], matches: LexiconMatches,
    lexicons: Lexicons
  ) {
    var scratch = AnalysisScratch()
    self.init(
      bytes: bytes, tokens: tokens, sentenceEnds: sentenceEnds, matches: matches,
      lexicons: lexicons, scratch: &scratch)
  }

  /// Assembles a document, building its hit arrays in a worker's `scratch`.
  init(
    bytes: [UInt8], tokens: [Token], sentenceEnds: [Int32], matches: LexiconMatches,
    lexicons: Lexicons, scratch: inout AnalysisScratch
  ) {
    self.bytes = bytes
    self.tokens = tokens
    self.sentenceEnds = sentenceEnds
    self.lexicons = lexicons
    var hitStarts = [UInt32].recycled(from: &scratch.hitStarts, count: tokens.count, repeating: 0)
    // Group the matches by lexicon with a counting sort; each group stays in text order.
    var kindStarts = [Int32].recycled(from: &scratch.kindStarts)
    var total: Int32 = 0
    matches.counts.withUnsafeBufferPointer { counts in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: counts.count + 1) { starts in
        for kind in counts.indices {
          starts[kind] = total
          total &+= counts[kind]
        }
        starts[counts.count] = total
        kindStarts.append(contentsOf: starts)
      }
    }
    // The counting sort below writes every slot, so the last outcome's hits need no clearing.
    var hitList = [LexiconHit].recycled(
      from: &scratch.hitList, count: Int(total),
      growingWith: LexiconHit(
        kind: .modals, index: 0, tokens: 0..<0, span: TextSpan(start: 0, end: 0)))
    hitList.withUnsafeMutableBufferPointer { hitList in
      hitStarts.withUnsafeMutableBufferPointer { hitStarts in
        tokens.withUnsafeBufferPointer { tokens in
          withUnsafeTemporaryAllocation(of: Int32.self, capacity: kindStarts.count) { next in
            _ = next.initialize(from: kindStarts)
            for match in matches.all {
              let range = Int(match.firstToken)..<Int(match.endToken)
              hitStarts[range.lowerBound] |= 1 << match.kind.rawValue
              let slot = Int(next[match.kind.rawValue])
              next[match.kind.rawValue] += 1
              hitList[slot] = LexiconHit(
                kind: match.kind, index: match.entry, tokens: range,
                span: TextSpan(
                  start: Int(tokens[range.lowerBound].start),
                  end: Int(tokens[range.upperBound - 1].end)))
            }
          }
        }
      }
    }
    scratch.hitList = hitList
    scratch.kindStarts = kindStarts
    scratch.hitStarts = hitStarts
    self.hitList = consume hitList
    self.kindStarts = consume kindStarts
    self.hitStarts = consume hitStarts
  }

  /// The text of `span`.
  public func text(_ span: TextSpan) -> String {
    String(decoding: bytes[span.start..<span.end], as: UTF8.self)
  }

  /// The outcome's whole text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The span of the whole text without leading and trailing whitespace.
  public var trimmedSpan: TextSpan {
    guard let first = tokens.first, let last = tokens.last else {
      return TextSpan(start: 0, end: 0)
    }
    return TextSpan(start: Int(first.start), end: Int(last.end))
  }

  /// The byte span of tokens `range` (empty at the text end when `range` is empty).
  public func span(ofTokens range: Range<Int>) -> TextSpan {
    guard let first = range.first, range.upperBound <= tokens.count else {
      let offset =
        range.lowerBound < tokens.count ? Int(tokens[range.lowerBound].start) : bytes.count
      return TextSpan(start: offset, end: offset)
    }
    return TextSpan(start: Int(tokens[first].start), end: Int(tokens[range.upperBound - 1].end))
  }

  /// The matches of one lexicon, resolved to entries and spans, in text
  /// order: a view to read while the document is held (see ``HitRun``).
  public func hits(_ kind: LexiconKind) -> HitRun<Document> {
    HitRun(self, positions: hitPositions(kind))
  }

  /// The matches of one lexicon as a slice that keeps them alive, for a
  /// caller that holds on to them.
  func hitSlice(_ kind: LexiconKind) -> ArraySlice<LexiconHit> { hitList[hitPositions(kind)] }

  /// The hit at `position` in the list of all hits (see ``HitRun``).
  public func hit(at position: Int) -> LexiconHit { hitList[position] }

  /// Where the hits of `kind` lie in the list of all hits.
  private func hitPositions(_ kind: LexiconKind) -> Range<Int> {
    Int(kindStarts[kind.rawValue])..<Int(kindStarts[kind.rawValue + 1])
  }

  /// Whether any match of `kind` was found.
  public func hasHits(_ kind: LexiconKind) -> Bool {
    kindStarts[kind.rawValue] != kindStarts[kind.rawValue + 1]
  }

  /// The match of `kind` starting at token `index`, if any.
  public func hit(_ kind: LexiconKind, startingAt index: Int) -> LexiconHit? {
    guard hitStarts[index] & (1 << kind.rawValue) != 0 else { return nil }
    return hits(kind).first { $0.tokens.lowerBound == index }
  }

  /// The entry a hit matched.
  public func entry(_ hit: LexiconHit) -> LexiconEntry { lexicons.entry(hit.index, of: hit.kind) }

  /// The first value of the entry a hit matched (see ``LexiconEntry/value``).
  public func value(_ hit: LexiconHit) -> String { lexicons.value(hit.index, of: hit.kind) }

  /// The class of the first value of the entry a hit matched (see ``ValueClass``).
  public func valueClass(_ hit: LexiconHit) -> ValueClass {
    lexicons.valueClass(hit.index, of: hit.kind)
  }

  /// The class of the first value of the entry of the match of `kind`
  /// starting at token `index`, if there is one (see ``ValueClass``).
  public func hitValueClass(_ kind: LexiconKind, startingAt index: Int) -> ValueClass? {
    hit(kind, startingAt: index).map { valueClass($0) }
  }

  /// Whether a match of `kind` starts at token `index`.
  public func hasHit(_ kind: LexiconKind, startingAt index: Int) -> Bool {
    hitStarts[index] & (1 << kind.rawValue) != 0
  }

  /// The index of the sentence holding token `index`.
  public func sentence(ofToken index: Int) -> Int {
    let start = tokens[index].start
    return sentenceEnds.firstIndex(where: { $0 > start }) ?? max(0, sentenceEnds.count - 1)
  }

  /// The folded spelling of token `index`.
  public func term(_ index: Int) -> String { lexicons.terms.spelling(of: tokens[index].term) }

  /// Whether token `index` in lower case is `word` (given in lower case), the
  /// same test as comparing ``lowercasedWord(_:)``; an ASCII token is
  /// compared byte by byte, with no string made.
  public func isWord(_ index: Int, _ word: StaticString) -> Bool {
    guard isASCIIToken(index) else { return lowercasedWord(index) == word.description }
    let token = tokens[index]
    let start = Int(token.start)
    guard Int(token.end) - start == word.utf8CodeUnitCount else { return false }
    let spelling = word.utf8Start
    for offset in 0..<word.utf8CodeUnitCount {
      var byte = bytes[start + offset]
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
      if byte != spelling[offset] { return false }
    }
    return true
  }

  /// Whether token `index` is all ASCII, so its lower case is its bytes with
  /// A-Z lowered, the same as its folded term.
  func isASCIIToken(_ index: Int) -> Bool { tokens[index].isASCII }

  /// The token's text in lower case.
  func lowercasedWord(_ index: Int) -> String {
    text(tokens[index].span).lowercased()
  }

  /// Whether token `index` is a possessive ("Ali's", "Ali’s"), which names
  /// whose something is rather than who acts.
  public func isPossessive(_ index: Int) -> Bool {
    let token = tokens[index]
    let start = Int(token.start)
    let end = Int(token.end)
    guard end - start > 2, bytes[end - 1] | 0x20 == UInt8(ascii: "s") else { return false }
    if bytes[end - 2] == UInt8(ascii: "'") { return true }
    // U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99 in UTF-8.
    return end - start > 4 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80
      && bytes[end - 2] == 0x99
  }

  /// Whether token `index` is a hyphen written between two words with no
  /// space, joining them into one ("self-catheterise", "Lily-Rose").
  public func isHyphenJoiningWords(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count, isPunctuation(index, UInt8(ascii: "-")) else {
      return false
    }
    let before = tokens[index - 1]
    let after = tokens[index + 1]
    return before.kind == .word && after.kind == .word && before.end == tokens[index].start
      && tokens[index].end == after.start
  }

  /// Whether token `index` is the punctuation mark `mark`.
  public func isPunctuation(_ index: Int, _ mark: UInt8) -> Bool {
    let token = tokens[index]
    return token.kind == .punctuation && token.end - token.start == 1
      && bytes[Int(token.start)] == mark
  }
}
