import CICUBreak

/// Splits outcome text into tokens and sentences with ICU, for one worker.
///
/// A segmenter owns one word and one sentence break iterator and reuses them
/// (and its scratch buffers) for every outcome it sees. Create one per thread.
public final class Segmenter {
  private let words: BreakIterator
  private let sentences: BreakIterator
  private var folded: [UInt8] = []
  /// Where ``tokenize(_:terms:into:)`` builds the tokens before copying
  /// them out at once: plain memory, so each token costs no array checks.
  private var tokenScratch: UnsafeMutablePointer<Token>
  private var tokenScratchCapacity = 256

  /// Opens the two break iterators.
  public init() throws(SegmentationError) {
    words = try BreakIterator(kind: CICU_BREAK_WORD)
    sentences = try BreakIterator(kind: CICU_BREAK_SENTENCE)
    folded.reserveCapacity(64)
    tokenScratch = .allocate(capacity: tokenScratchCapacity)
  }

  deinit {
    tokenScratch.deallocate()
  }

  /// Tokenizes `bytes` into `tokens` (cleared first), looking every token up
  /// in `terms`. Whitespace is dropped; spans are UTF-8 byte offsets.
  public func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, terms: borrowing TermTable, into tokens: inout [Token]
  ) throws(SegmentationError) {
    tokens.removeAll(keepingCapacity: true)
    guard let text = bytes.baseAddress else { return }
    var count = 0
    try terms.withShortTerms { shortTerms throws(SegmentationError) in
      try words.forEachBatchSkippingSpaces(of: bytes) { segments in
        reserveTokens(count + segments.count, keeping: count)
        let scratch = tokenScratch
        for found in segments {
          let start = found.start
          let end = found.end
          let segment = UnsafeBufferPointer(start: text + Int(start), count: Int(end &- start))
          guard let kind = Self.kind(of: segment, ruleStatus: found.status) else { continue }
          var token: Token
          if segment.count <= FoldedShortKey.capacity,
            let (key, letterCase) = FoldedShortKey.fold(
              text + Int(start), count: segment.count, readable: bytes.count &- Int(start))
          {
            let (term, hasNumberValue) = shortTerms.lookup(key)
            token = Token(
              start: start, end: end, kind: kind, letterCase: letterCase,
              term: term, numericValue: nil, isASCII: true)
            if hasNumberValue && kind != .number {
              token.kind = .number
              token.numericValue = terms.numberValue(of: term)
            }
          } else {
            token = lookUpSlowly(segment, start: start, kind: kind, terms: terms)
            if kind != .number, let value = terms.numberValue(of: token.term) {
              token.kind = .number
              token.numericValue = value
            }
          }
          if kind == .number {
            token.numericValue = NumberParsing.value(of: segment)
          }
          (scratch + count).initialize(to: token)
          count &+= 1
        }
      }
    }
    tokens.append(contentsOf: UnsafeBufferPointer(start: tokenScratch, count: count))
  }

  /// The token for a segment that is longer than a ``FoldedShortKey`` or not
  /// ASCII, looked up a byte at a time or after ``CaseFolding``.
  private func lookUpSlowly(
    _ segment: UnsafeBufferPointer<UInt8>, start: Int32, kind: TokenKind,
    terms: borrowing TermTable
  ) -> Token {
    let term: TermID
    let letterCase: LetterCase
    let ascii = segment.count > FoldedShortKey.capacity ? terms.lookupFoldingASCII(segment) : nil
    if let ascii {
      (term, letterCase) = ascii
    } else {
      letterCase = CaseFolding.fold(segment, into: &folded)
      term = folded.withUnsafeBufferPointer { terms.lookup($0) }
    }
    return Token(
      start: start, end: start + Int32(segment.count), kind: kind, letterCase: letterCase,
      term: term, numericValue: nil, isASCII: ascii != nil)
  }

  /// Makes room for `needed` tokens in the scratch, which holds `count`.
  private func reserveTokens(_ needed: Int, keeping count: Int) {
    guard needed > tokenScratchCapacity else { return }
    let capacity = max(needed, tokenScratchCapacity * 2)
    let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity)
    larger.moveInitialize(from: tokenScratch, count: count)
    tokenScratch.deallocate()
    tokenScratch = larger
    tokenScratchCapacity = capacity
  }

  /// Calls `body` with the index of the phrase, and the folded key, kind and
  /// letter case, of every non-space token of `phrases`, in order, for
  /// compiling lexicon phrases with the same rules as outcome text.
  ///
  /// The phrases (none holding a line break) go to ICU as one text, a line
  /// feed after each, rather than one text apiece. A line feed is a word
  /// boundary on both sides whatever surrounds it (UAX #29 rules WB3a and
  /// WB3b), and no rule looks across one, so each phrase is cut exactly as it
  /// would be alone; the line feeds themselves are whitespace, dropped like
  /// spaces, and each one moves on to the next phrase.
  func forEachFoldedToken(
    ofPhrases phrases: [String],
    _ body: (_ phrase: Int, _ key: [UInt8], _ kind: TokenKind, _ letterCase: LetterCase) -> Void
  ) throws(SegmentationError) {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(phrases.reduce(0) { $0 + $1.utf8.count + 1 })
    for phrase in phrases {
      utf8.append(contentsOf: phrase.utf8)
      utf8.append(UInt8(ascii: "\n"))
    }
    try utf8.withUnsafeBufferPointer { bytes throws(SegmentationError) in
      var start: Int32 = 0
      var phrase = 0
      try words.forEachSegment(of: bytes) { end, status in
        defer { start = end }
        let segment = UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)])
        // A phrase's own line feed, or a carriage return left at its end and that line feed.
        if segment.last == UInt8(ascii: "\n") {
          phrase += 1
          return
        }
        guard let kind = Self.kind(of: segment, ruleStatus: status) else { return }
        let letterCase = CaseFolding.fold(segment, into: &folded)
        body(phrase, folded, kind, letterCase)
      }
    }
  }

  /// Runs ICU's word iterator alone over `bytes`, driven exactly as the
  /// tokenizer drives it (every boundary, and the rule status of each
  /// segment but a lone space), and returns the number of segments kept:
  /// the speed limit the benchmark compares the engine with.
  public func countWordSegments(_ bytes: UnsafeBufferPointer<UInt8>) throws(SegmentationError)
    -> Int
  {
    var count = 0
    try words.forEachBatchSkippingSpaces(of: bytes) { count += $0.count }
    return count
  }

  /// Appends to `ends` the byte offset where each sentence of `bytes` ends
  /// (cleared first). The last offset equals `bytes.count` for non-empty text.
  /// Text that can only be one sentence (see ``SingleSentence``) skips ICU.
  public func sentenceEnds(
    _ bytes: UnsafeBufferPointer<UInt8>, into ends: inout [Int32]
  ) throws(SegmentationError) {
    ends.removeAll(keepingCapacity: true)
    if let end = SingleSentence.end(of: bytes) {
      ends.append(end)
    } else {
      try icuSentenceEnds(bytes, into: &ends)
    }
  }

  /// Appends to `ends` ICU's sentence ends for `bytes`, always asking ICU.
  func icuSentenceEnds(_ bytes: UnsafeBufferPointer<UInt8>, into ends: inout [Int32])
    throws(SegmentationError)
  {
    try sentences.forEachSegment(of: bytes) { end, _ in ends.append(end) }
  }

  /// The token kind for an ICU segment, or nil for whitespace.
  private static func kind(of segment: UnsafeBufferPointer<UInt8>, ruleStatus: Int32)
    -> TokenKind?
  {
    switch ruleStatus {
    case 100..<200: return .number
    case 200..<500: return .word
    default:
      return Whitespace.isWhitespace(segment) ? nil : .punctuation
    }
  }
}
