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
  /// found from the current start, its entry, the token the last accepted
  /// match covers up to, and the number of matches accepted.
  private let bestEnd = UnsafeMutablePointer<Int32>.allocate(capacity: kindCount)
  private let bestEntry = UnsafeMutablePointer<Int32>.allocate(capacity: kindCount)
  private let coveredUntil = UnsafeMutablePointer<Int32>.allocate(capacity: kindCount)
  private let counts = UnsafeMutablePointer<Int32>.allocate(capacity: kindCount)
  /// The matches found so far, copied out at the end; grown when needed.
  private var matchBuffer = UnsafeMutableBufferPointer<LexiconMatch>.allocate(capacity: 64)

  init() {
    bestEnd.initialize(repeating: -1, count: Self.kindCount)
    bestEntry.initialize(repeating: -1, count: Self.kindCount)
    coveredUntil.initialize(repeating: 0, count: Self.kindCount)
    counts.initialize(repeating: 0, count: Self.kindCount)
  }

  deinit {
    bestEnd.deallocate()
    bestEntry.deallocate()
    coveredUntil.deallocate()
    counts.deallocate()
    matchBuffer.deallocate()
  }

  /// Matches `lexicons` against `tokens`, replacing the contents of `matches`.
  mutating func match(_ tokens: [Token], lexicons: Lexicons, into matches: inout LexiconMatches) {
    // The buffer is a local while matching, so the loop reads `self` alone.
    var buffer = matchBuffer
    let count = tokens.withUnsafeBufferPointer { tokens in
      collect(tokens, trie: lexicons.trie, into: &buffer)
    }
    matchBuffer = buffer
    matches.replaceAll(
      with: UnsafeBufferPointer(rebasing: buffer[..<count]),
      counts: UnsafeBufferPointer(start: counts, count: Self.kindCount))
  }

  /// Writes the matches in `tokens` to `buffer` (grown when needed) and
  /// returns how many there are; counts them by kind in ``counts``.
  ///
  /// The node a token's walk starts at is read, and the lines its children
  /// are searched in are asked for, one token ahead, so that those cache
  /// misses overlap the walk before instead of stalling the one after.
  private func collect(
    _ tokens: UnsafeBufferPointer<Token>, trie: PhraseTrie,
    into buffer: inout UnsafeMutableBufferPointer<LexiconMatch>
  ) -> Int {
    coveredUntil.update(repeating: 0, count: Self.kindCount)
    counts.update(repeating: 0, count: Self.kindCount)
    var matchCount = 0
    guard let firstToken = tokens.first else { return 0 }
    var upcoming = trie.node(trie.rootNode(term: firstToken.term))
    for start in tokens.indices {
      let first = upcoming
      let following = start &+ 1 < tokens.count ? tokens[start &+ 1].term : .unknown
      upcoming = trie.node(trie.rootNode(term: following))
      trie.prefetchChildren(of: upcoming)
      // One bit per lexicon kind with a phrase found from `start`.
      var kinds: UInt32 = 0
      if tokens[start].kind == .number, let child = trie.rootChild(term: .anyNumber) {
        kinds = walkBranch(
          child, next: Int32(start) &+ 1, start: Int32(start), tokens: tokens, trie: trie,
          found: kinds)
      }
      walk(
        first, next: Int32(start) &+ 1, start: Int32(start), tokens: tokens, trie: trie,
        found: &kinds)
      guard kinds != 0 else { continue }
      if matchCount + Self.kindCount > buffer.count {
        buffer = Self.doubled(buffer, keeping: matchCount)
      }
      while kinds != 0 {
        let kind = kinds.trailingZeroBitCount
        kinds &= kinds - 1
        guard Int32(start) >= coveredUntil[kind] else { continue }
        let end = bestEnd[kind]
        buffer.initializeElement(
          at: matchCount,
          to: LexiconMatch(
            kind: LexiconKind.allCases[kind], entry: bestEntry[kind],
            firstToken: Int32(start), endToken: end))
        matchCount &+= 1
        counts[kind] &+= 1
        coveredUntil[kind] = end
      }
    }
    return matchCount
  }

  /// `buffer` moved into one twice its size, keeping its first `count` matches.
  private static func doubled(
    _ buffer: UnsafeMutableBufferPointer<LexiconMatch>, keeping count: Int
  ) -> UnsafeMutableBufferPointer<LexiconMatch> {
    let larger = UnsafeMutableBufferPointer<LexiconMatch>.allocate(capacity: buffer.count * 2)
    _ = larger.moveInitialize(fromContentsOf: buffer[..<count])
    buffer.deallocate()
    return larger
  }

  /// Follows the path through `node` on from token `next`, as a loop,
  /// recording the phrases that end on the way: only a number token whose
  /// node also has a `#` edge branches, through
  /// ``walkBranch(_:next:start:tokens:trie:found:)``, and that path is
  /// explored first. An unknown term needs no test: no edge has it.
  @inline(__always)
  private func walk(
    _ node: PhraseTrie.Node, next: Int32, start: Int32, tokens: UnsafeBufferPointer<Token>,
    trie: PhraseTrie, found: inout UInt32
  ) {
    var node = node
    var next = next
    while true {
      if node.payload != .none {
        record(node, trie: trie, start: start, end: next, tokens: tokens, found: &found)
      }
      let children = node.children
      guard !children.isEmpty, Int(next) < tokens.count else { return }
      let token = tokens[Int(next)]
      if token.kind == .number, let child = trie.child(among: children, term: .anyNumber) {
        found = walkBranch(
          child, next: next &+ 1, start: start, tokens: tokens, trie: trie, found: found)
      }
      let child = trie.childIndex(among: children, term: token.term)
      guard child >= 0 else { return }
      node = trie.node(child)
      trie.prefetchChildren(of: node)
      next &+= 1
    }
  }

  /// ``walk(_:next:start:tokens:trie:found:)`` from node id `node`, out of
  /// line, for the rare `#` branch, so the common path is inlined without
  /// recursion; `found` goes in and out by value, so the inlined walk keeps
  /// it in a register.
  @inline(never)
  private func walkBranch(
    _ node: Int32, next: Int32, start: Int32, tokens: UnsafeBufferPointer<Token>,
    trie: PhraseTrie, found: UInt32
  ) -> UInt32 {
    var found = found
    walk(trie.node(node), next: next, start: start, tokens: tokens, trie: trie, found: &found)
    return found
  }

  /// Notes the phrases ending at `node` (from `start` to `end`) that are
  /// the longest of their lexicon so far.
  private func record(
    _ node: PhraseTrie.Node, trie: PhraseTrie, start: Int32, end: Int32,
    tokens: UnsafeBufferPointer<Token>, found: inout UInt32
  ) {
    var payload = node.payload
    var more: Int32 = -1
    while true {
      let kind = payload.kindIndex
      let bit: UInt32 = 1 &<< UInt32(truncatingIfNeeded: kind)
      if (found & bit == 0 || end > bestEnd[kind])
        && (!payload.requiresCapitals
          || Self.allCapitals(UnsafeBufferPointer(rebasing: tokens[Int(start)..<Int(end)])))
      {
        found |= bit
        bestEnd[kind] = end
        bestEntry[kind] = payload.entry
      }
      guard payload.hasNext else { return }
      if more < 0 { more = trie.morePayloads(of: node) }
      payload = trie.morePayload(more)
      more &+= 1
    }
  }

  private static func allCapitals(_ tokens: UnsafeBufferPointer<Token>) -> Bool {
    tokens.allSatisfy { $0.letterCase == .allCapitals || $0.letterCase == .none }
  }
}
