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
  private var stack: [(node: Int32, next: Int32)] = []

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
          LexiconMatch(entry: bestEntry[kind], firstToken: Int32(start), endToken: end),
          toKindAt: kind)
        coveredUntil[kind] = end
      }
    }
  }

  private mutating func walk(from start: Int32, tokens: [Token], trie: PhraseTrie) {
    stack.removeAll(keepingCapacity: true)
    let first = tokens[Int(start)]
    if let child = trie.rootChild(term: first.term) { stack.append((child, start + 1)) }
    if first.kind == .number, let child = trie.rootChild(term: .anyNumber) {
      stack.append((child, start + 1))
    }
    while let (node, next) = stack.popLast() {
      record(trie.payloads(at: node), start: start, end: next, tokens: tokens)
      guard Int(next) < tokens.count else { continue }
      let token = tokens[Int(next)]
      if token.term != .unknown, let child = trie.child(of: node, term: token.term) {
        stack.append((child, next + 1))
      }
      if token.kind == .number, let child = trie.child(of: node, term: .anyNumber) {
        stack.append((child, next + 1))
      }
    }
  }

  private mutating func record(
    _ payloads: ArraySlice<PhraseTrie.Payload>, start: Int32, end: Int32, tokens: [Token]
  ) {
    for payload in payloads {
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
