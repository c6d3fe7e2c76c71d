/// Finds every lexicon phrase in a token sequence in one left-to-right pass.
///
/// At each token it walks the shared trie as far as the text allows (a number
/// token may also follow a `#` edge), keeps each lexicon's longest phrase
/// starting there, and accepts it unless an earlier match of the same lexicon
/// still covers that token. Owned by one worker; reuses its scratch arrays.
struct LexiconMatcher {
  private var bestEnd: [Int32] = Array(repeating: -1, count: LexiconKind.allCases.count)
  private var bestEntry: [Int32] = Array(repeating: -1, count: LexiconKind.allCases.count)
  private var coveredUntil: [Int32] = Array(repeating: 0, count: LexiconKind.allCases.count)
  /// One bit per lexicon kind (by raw value) with a phrase found from the current start.
  private var found: UInt32 = 0

  /// Matches `lexicons` against `tokens`, replacing the contents of `matches`.
  mutating func match(_ tokens: [Token], lexicons: Lexicons, into matches: inout LexiconMatches) {
    matches.removeAll()
    for index in coveredUntil.indices { coveredUntil[index] = 0 }
    let trie = lexicons.trie
    for start in tokens.indices {
      found = 0
      walk(from: Int32(start), tokens: tokens, trie: trie)
      var kinds = found
      while kinds != 0 {
        let kind = kinds.trailingZeroBitCount
        kinds &= kinds - 1
        guard Int32(start) >= coveredUntil[kind] else { continue }
        let end = bestEnd[kind]
        matches.append(
          LexiconMatch(
            kind: LexiconKind(rawValue: kind)!, entry: bestEntry[kind], firstToken: Int32(start),
            endToken: end))
        coveredUntil[kind] = end
      }
    }
  }

  /// Follows every trie path the tokens from `start` allow, recording the
  /// phrases that end on the way. A number token may take both its own edge
  /// and the `#` edge; the `#` path is explored first.
  private mutating func walk(from start: Int32, tokens: [Token], trie: PhraseTrie) {
    let first = tokens[Int(start)]
    if first.kind == .number, let child = trie.rootChild(term: .anyNumber) {
      walk(child, next: start + 1, start: start, tokens: tokens, trie: trie)
    }
    if let child = trie.rootChild(term: first.term) {
      walk(child, next: start + 1, start: start, tokens: tokens, trie: trie)
    }
  }

  private mutating func walk(
    _ node: Int32, next: Int32, start: Int32, tokens: [Token], trie: PhraseTrie
  ) {
    record(node, trie: trie, start: start, end: next, tokens: tokens)
    guard Int(next) < tokens.count else { return }
    let token = tokens[Int(next)]
    if token.kind == .number, let child = trie.child(of: node, term: .anyNumber) {
      walk(child, next: next + 1, start: start, tokens: tokens, trie: trie)
    }
    if token.term != .unknown, let child = trie.child(of: node, term: token.term) {
      walk(child, next: next + 1, start: start, tokens: tokens, trie: trie)
    }
  }

  private mutating func record(
    _ node: Int32, trie: PhraseTrie, start: Int32, end: Int32, tokens: [Token]
  ) {
    for index in trie.payloadIndices(at: node) {
      let payload = trie.payload(index)
      let kind = payload.kind.rawValue
      guard found & (1 << kind) == 0 || end > bestEnd[kind] else { continue }
      if payload.requiresCapitals && !Self.allCapitals(tokens[Int(start)..<Int(end)]) {
        continue
      }
      found |= 1 << kind
      bestEnd[kind] = end
      bestEntry[kind] = payload.entry
    }
  }

  private static func allCapitals(_ tokens: ArraySlice<Token>) -> Bool {
    tokens.allSatisfy { $0.letterCase == .allCapitals || $0.letterCase == .none }
  }
}
