/// Every lexicon phrase as a path of term ids in one shared trie.
///
/// Nodes are numbered breadth first, so the children of a node are
/// consecutive nodes (sorted by the term leading to them) and follow those of
/// the node before; its payloads likewise. A node is then just where its
/// children and payloads start, the next node's starts end them, and finding
/// a child scans a few terms side by side: a leaf costs no search at all, and
/// the whole trie is small enough to stay in cache. The root's children,
/// looked for at every token, are also found through an array by term.
struct PhraseTrie: Sendable {
  /// A lexicon entry whose phrase ends at a node.
  struct Payload: Sendable {
    /// The entry's index in that lexicon.
    let entry: Int32
    /// The lexicon the entry belongs to.
    let kind: LexiconKind
    /// Whether the phrase was written in capitals and so matches only capitals.
    let requiresCapitals: Bool

    init(kind: LexiconKind, entry: Int32, requiresCapitals: Bool) {
      self.entry = entry
      self.kind = kind
      self.requiresCapitals = requiresCapitals
    }
  }

  /// Where a node's children and payloads start; they end where the next node's start.
  private struct Node: Sendable {
    let firstChild: Int32
    let firstPayload: Int32
  }

  static let root: Int32 = 0

  /// Every node and one past the last, which ends the last one's lists.
  private var nodes: [Node]
  /// The term on the edge into each node (the root's is unused).
  private var edgeTerms: [Int32]
  private var rootChildren: [Int32]
  private var payloads: [Payload]

  /// The children of `node`, as a range of node ids.
  @inline(__always)
  func children(of node: Int32) -> Range<Int32> {
    nodes.withUnsafeBufferPointer { nodes in
      // Breadth-first numbering makes the bounds ordered.
      Range(uncheckedBounds: (nodes[Int(node)].firstChild, nodes[Int(node) &+ 1].firstChild))
    }
  }

  /// The child among `children` (see ``children(of:)``) along `term`, if any.
  @inline(__always)
  func child(among children: Range<Int32>, term: TermID) -> Int32? {
    edgeTerms.withUnsafeBufferPointer { terms in
      var low = Int(children.lowerBound)
      var high = Int(children.upperBound)
      let wanted = term.rawValue
      // Halve a long list, then scan what is left.
      while high &- low > 8 {
        let middle = (low &+ high) &>> 1
        if terms[middle] <= wanted { low = middle } else { high = middle }
      }
      // The terms are sorted: the scan stops at the first one not below.
      while low < high && terms[low] < wanted { low &+= 1 }
      return low < high && terms[low] == wanted ? Int32(truncatingIfNeeded: low) : nil
    }
  }

  /// The child of `node` along `term`, if any.
  func child(of node: Int32, term: TermID) -> Int32? {
    guard node != Self.root else { return rootChild(term: term) }
    return child(among: children(of: node), term: term)
  }

  /// The child of the root along `term`, if any.
  @inline(__always)
  func rootChild(term: TermID) -> Int32? {
    let index = Int(term.rawValue)
    guard index >= 0, index < rootChildren.count else { return nil }
    let child = rootChildren[index]
    return child < 0 ? nil : child
  }

  /// The positions, for ``payload(_:)``, of the entries whose phrase ends at `node`.
  @inline(__always)
  func payloadIndices(at node: Int32) -> Range<Int> {
    nodes.withUnsafeBufferPointer { nodes in
      Range(
        uncheckedBounds: (
          Int(nodes[Int(node)].firstPayload), Int(nodes[Int(node) &+ 1].firstPayload)
        ))
    }
  }

  /// The entry at `index` of ``payloadIndices(at:)``.
  @inline(__always)
  func payload(_ index: Int) -> Payload { payloads.withUnsafeBufferPointer { $0[index] } }

  /// The entries whose phrase ends at `node`.
  func payloads(at node: Int32) -> ArraySlice<Payload> { payloads[payloadIndices(at: node)] }

  fileprivate init(edges: [UInt64: Int32], nodePayloads: [[Payload]]) {
    var children = [[(term: Int32, child: Int32)]](repeating: [], count: nodePayloads.count)
    for (key, child) in edges {
      children[Int(key >> 32)].append((Int32(truncatingIfNeeded: key), child))
    }
    // Breadth first: `order` lists the builder's node ids in their new order.
    var order: [Int32] = [Self.root]
    var newIDs = [Int32](repeating: -1, count: nodePayloads.count)
    newIDs[Int(Self.root)] = Self.root
    nodes = []
    edgeTerms = [-1]
    payloads = []
    var next = 0
    while next < order.count {
      let old = Int(order[next])
      nodes.append(Node(firstChild: Int32(order.count), firstPayload: Int32(payloads.count)))
      for (term, child) in children[old].sorted(by: { $0.term < $1.term }) {
        newIDs[Int(child)] = Int32(order.count)
        order.append(child)
        edgeTerms.append(term)
      }
      payloads.append(contentsOf: nodePayloads[old])
      next += 1
    }
    nodes.append(Node(firstChild: Int32(order.count), firstPayload: Int32(payloads.count)))
    let rootEdges = children[Int(Self.root)]
    rootChildren = Array(repeating: -1, count: Int(rootEdges.map(\.term).max().map { $0 + 1 } ?? 0))
    for (term, child) in rootEdges { rootChildren[Int(term)] = newIDs[Int(child)] }
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
