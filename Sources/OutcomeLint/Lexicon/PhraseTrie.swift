/// Every lexicon phrase as a path of term ids in one shared trie.
///
/// The root's edges, taken once per token, are a plain array indexed by term;
/// the others live in one open-addressing table keyed by (node, term), so a
/// step is one hash probe. Each node lists the lexicon entries whose phrase
/// ends there.
struct PhraseTrie: Sendable {
  /// A lexicon entry whose phrase ends at a node.
  struct Payload: Sendable {
    /// The lexicon the entry belongs to.
    let kind: LexiconKind
    /// The entry's index in that lexicon.
    let entry: Int32
    /// Whether the phrase was written in capitals and so matches only capitals.
    let requiresCapitals: Bool
  }

  static let root: Int32 = 0

  /// An edge below the root: (node, term) packed into a key, and the child.
  private struct Edge: Sendable {
    static let empty = Edge(key: .max, child: -1)
    let key: UInt64
    let child: Int32
  }

  private var rootChildren: [Int32]
  /// The other edges, open-addressed: a key and its child side by side, so a
  /// probe reads one cache line.
  private var edges: [Edge]
  private var payloadStarts: [Int32]
  private var payloads: [Payload]

  /// The child of `node` along `term`, if any.
  func child(of node: Int32, term: TermID) -> Int32? {
    guard node != Self.root else { return rootChild(term: term) }
    let key = Self.key(node, term)
    let mask = edges.count - 1
    var slot = Int(Self.mix(key) & UInt64(mask))
    while true {
      let edge = edges[slot]
      if edge.key == key { return edge.child }
      if edge.key == Edge.empty.key { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// The child of the root along `term`, if any.
  func rootChild(term: TermID) -> Int32? {
    let index = Int(term.rawValue)
    guard index >= 0, index < rootChildren.count else { return nil }
    let child = rootChildren[index]
    return child < 0 ? nil : child
  }

  /// The positions, for ``payload(_:)``, of the entries whose phrase ends at `node`.
  func payloadIndices(at node: Int32) -> Range<Int> {
    Int(payloadStarts[Int(node)])..<Int(payloadStarts[Int(node) + 1])
  }

  /// The entry at `index` of ``payloadIndices(at:)``.
  func payload(_ index: Int) -> Payload { payloads[index] }

  /// The entries whose phrase ends at `node`.
  func payloads(at node: Int32) -> ArraySlice<Payload> {
    payloads[Int(payloadStarts[Int(node)])..<Int(payloadStarts[Int(node) + 1])]
  }

  fileprivate init(edges: [UInt64: Int32], nodePayloads: [[Payload]]) {
    let isRoot = { (key: UInt64) in key >> 32 == UInt64(UInt32(bitPattern: Self.root)) }
    let rootTerms = edges.keys.filter(isRoot)
    let termCount = Int(rootTerms.map { $0 & 0xFFFF_FFFF }.max().map { $0 + 1 } ?? 0)
    rootChildren = Array(repeating: -1, count: termCount)
    for key in rootTerms { rootChildren[Int(key & 0xFFFF_FFFF)] = edges[key] ?? -1 }
    let inner = edges.filter { !isRoot($0.key) }
    var capacity = 16
    while capacity < inner.count * 2 { capacity *= 2 }
    self.edges = Array(repeating: .empty, count: capacity)
    for (key, child) in inner.sorted(by: { $0.key < $1.key }) {
      var slot = Int(Self.mix(key) & UInt64(capacity - 1))
      while self.edges[slot].key != Edge.empty.key { slot = (slot + 1) & (capacity - 1) }
      self.edges[slot] = Edge(key: key, child: child)
    }
    payloadStarts = [0]
    payloads = []
    for list in nodePayloads {
      payloads.append(contentsOf: list)
      payloadStarts.append(Int32(payloads.count))
    }
  }

  private static func key(_ node: Int32, _ term: TermID) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: term.rawValue))
  }

  private static func mix(_ key: UInt64) -> UInt64 {
    var value = key &* 0x9E37_79B9_7F4A_7C15
    value ^= value >> 31
    return value
  }
}

/// Builds a ``PhraseTrie`` one phrase at a time.
struct PhraseTrieBuilder {
  private var edges: [UInt64: Int32] = [:]
  private var nodePayloads: [[PhraseTrie.Payload]] = [[]]

  /// Adds a phrase (as term ids) ending in `payload`.
  mutating func insert(_ terms: [TermID], payload: PhraseTrie.Payload) {
    var node = PhraseTrie.root
    for term in terms {
      let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: term.rawValue))
      if let child = edges[key] {
        node = child
      } else {
        let child = Int32(nodePayloads.count)
        nodePayloads.append([])
        edges[key] = child
        node = child
      }
    }
    nodePayloads[Int(node)].append(payload)
  }

  /// The finished, immutable trie.
  func build() -> PhraseTrie { PhraseTrie(edges: edges, nodePayloads: nodePayloads) }
}
