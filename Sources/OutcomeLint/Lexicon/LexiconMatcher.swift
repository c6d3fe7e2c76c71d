/// Finds every lexicon phrase in a token sequence in one left-to-right pass.
///
/// At each token it walks the shared trie as far as the text allows (a number
/// token may also follow a `#` edge), keeps each lexicon's longest phrase
/// starting there, and accepts it unless an earlier match of the same lexicon
/// still covers that token. Owned by one worker, which reuses its scratch
/// space; the scratch is plain memory, not arrays, so the walk's many small
/// writes cost no uniqueness or bounds checks, and the matcher is noncopyable
/// so that memory has one owner.
struct LexiconMatcher: ~Copyable {
  private static let kindCount = LexiconKind.allCases.count
  /// Per lexicon kind (by raw value): the end token of the longest phrase
  /// found from the current start, its entry, and the token the last
  /// accepted match covers up to.
  private let bestEnd = UnsafeMutablePointer<Int32>.allocate(capacity: kindCount)
  private let bestEntry = UnsafeMutablePointer<Int32>.allocate(capacity: kindCount)
  private let coveredUntil = UnsafeMutablePointer<Int32>.allocate(capacity: kindCount)

  init() {
    bestEnd.initialize(repeating: -1, count: Self.kindCount)
    bestEntry.initialize(repeating: -1, count: Self.kindCount)
    coveredUntil.initialize(repeating: 0, count: Self.kindCount)
  }

  deinit {
    bestEnd.deallocate()
    bestEntry.deallocate()
    coveredUntil.deallocate()
  }

  /// Matches `lexicons` against `tokens`, replacing the contents of `matches`.
  func match(_ tokens: [Token], lexicons: Lexicons, into matches: inout LexiconMatches) {
    matches.removeAll()
    coveredUntil.update(repeating: 0, count: Self.kindCount)
    let trie = lexicons.trie
    tokens.withUnsafeBufferPointer { tokens in
      for start in tokens.indices {
        // One bit per lexicon kind with a phrase found from `start`.
        var found: UInt32 = 0
        walk(from: Int32(start), tokens: tokens, trie: trie, found: &found)
        while found != 0 {
          let kind = found.trailingZeroBitCount
          found &= found - 1
          guard Int32(start) >= coveredUntil[kind] else { continue }
          let end = bestEnd[kind]
          matches.append(
            LexiconMatch(
              kind: LexiconKind.allCases[kind], entry: bestEntry[kind],
              firstToken: Int32(start), endToken: end))
          coveredUntil[kind] = end
        }
      }
    }
  }

  /// Follows every trie path the tokens from `start` allow, recording the
  /// phrases that end on the way. A number token may take both its own edge
  /// and the `#` edge; the `#` path is explored first.
  private func walk(
    from start: Int32, tokens: UnsafeBufferPointer<Token>, trie: PhraseTrie,
    found: inout UInt32
  ) {
    let first = tokens[Int(start)]
    if first.kind == .number, let child = trie.rootChild(term: .anyNumber) {
      walk(child, next: start + 1, start: start, tokens: tokens, trie: trie, found: &found)
    }
    if let child = trie.rootChild(term: first.term) {
      walk(child, next: start + 1, start: start, tokens: tokens, trie: trie, found: &found)
    }
  }

  private func walk(
    _ node: Int32, next: Int32, start: Int32, tokens: UnsafeBufferPointer<Token>,
    trie: PhraseTrie, found: inout UInt32
  ) {
    let payloads = trie.payloadIndices(at: node)
    if !payloads.isEmpty {
      record(payloads, trie: trie, start: start, end: next, tokens: tokens, found: &found)
    }
    let children = trie.children(of: node)
    guard !children.isEmpty, Int(next) < tokens.count else { return }
    let token = tokens[Int(next)]
    if token.kind == .number, let child = trie.child(among: children, term: .anyNumber) {
      walk(child, next: next + 1, start: start, tokens: tokens, trie: trie, found: &found)
    }
    if token.term != .unknown, let child = trie.child(among: children, term: token.term) {
      walk(child, next: next + 1, start: start, tokens: tokens, trie: trie, found: &found)
    }
  }

  private func record(
    _ payloads: Range<Int>, trie: PhraseTrie, start: Int32, end: Int32,
    tokens: UnsafeBufferPointer<Token>, found: inout UInt32
  ) {
    for index in payloads {
      let payload = trie.payload(index)
      let kind = payload.kind.rawValue
      guard found & (1 << kind) == 0 || end > bestEnd[kind] else { continue }
      if payload.requiresCapitals
        && !Self.allCapitals(UnsafeBufferPointer(rebasing: tokens[Int(start)..<Int(end)]))
      {
        continue
      }
      found |= 1 << kind
      bestEnd[kind] = end
      bestEntry[kind] = payload.entry
    }
  }

  private static func allCapitals(_ tokens: UnsafeBufferPointer<Token>) -> Bool {
    tokens.allSatisfy { $0.letterCase == .allCapitals || $0.letterCase == .none }
  }
}
