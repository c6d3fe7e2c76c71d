import CProbe

/// Every lexicon phrase as a path of term ids in one shared trie.
///
/// The root's child along term `t` is node `t + 1`, so the first step of a
/// walk reads no table at all (a term that starts no phrase has an empty
/// node). Deeper nodes follow, numbered breadth first, so the children of a
/// node are consecutive nodes, sorted by the term leading to them, and
/// follow those of the node before: a node is just where its children start
/// (the next node's start ends them) beside its first payload, packed, so
/// two neighbouring words give the walk all it needs at a node with at most
/// one phrase ending there. Finding a child compares sixteen terms at once,
/// with no branch on where the term is, which the processor could only guess;
/// and every term of the table has a root child, empty or not, while the
/// unknown term (-1) leads to the root, whose own record has no children,
/// so the walk's first step takes no branch either.
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

  /// What the walk reads at a node: its children, as a range of node ids,
  /// and the first entry whose phrase ends there; the others, if any,
  /// follow in order from ``morePayloads(of:)``.
  struct Node: Sendable {
    let children: Range<Int32>
    let payload: PackedPayload
    let id: Int32
  }

  /// A node as stored: where its children start and its first payload.
  private struct Record: Sendable {
    let firstChild: Int32
    let payload: PackedPayload
  }

  static let root: Int32 = 0

  /// Every node and one past the last, which ends the last one's children.
  private var records: [Record]
  /// The term on the edge into each node (the root's is unused), and
  /// ``lanes`` more so that any node's terms can be read sixteen at a time.
  private var edgeTerms: [Int32]
  /// The payloads after each node's first, in order.
  private var morePayloads: [PackedPayload]
  /// Where each node's payloads after its first start in ``morePayloads``.
  private var morePayloadStarts: [Int32]
  /// The terms below this have a node among the root's children.
  private var rootSpan: UInt32

  /// The record of `node`.
  @inline(__always)
  func node(_ node: Int32) -> Node {
    records.withUnsafeBufferPointer { records in
      let record = records[Int(node)]
      // Breadth-first numbering makes the bounds ordered.
      let end = records[Int(node) &+ 1].firstChild
      return Node(
        children: Range(uncheckedBounds: (record.firstChild, end)), payload: record.payload,
        id: node)
    }
  }

  /// The children of `node`, as a range of node ids.
  func children(of node: Int32) -> Range<Int32> { self.node(node).children }

  /// The child among `children` (see ``Node/children``) along `term`, if any.
  func child(among children: Range<Int32>, term: TermID) -> Int32? {
    let child = childIndex(among: children, term: term)
    return child < 0 ? nil : child
  }

  /// The child among `children` (see ``Node/children``) along `term`, or -1.
  /// A long list is halved down to sixteen terms, then those sixteen are
  /// compared at once (``cprobe_find16``, vector compares folded into a bit
  /// mask): no branch depends on where the term is among them, and an empty
  /// list or an unknown term (-1, which no edge has) needs no test of its own.
  @inline(__always)
  func childIndex(among children: Range<Int32>, term: TermID) -> Int32 {
    edgeTerms.withUnsafeBufferPointer { terms in
      var low = Int(children.lowerBound)
      var count = Int(children.upperBound &- children.lowerBound)
      let wanted = term.rawValue
      // Keeps the term, if there, among the `count` from `low`.
      while count > Self.lanes {
        let half = count &>> 1
        if terms[low &+ half] <= wanted { low &+= half }
        count &-= half
      }
      // The list is padded, so sixteen terms can always be read.
      let position = cprobe_find16(
        terms.baseAddress.unsafelyUnwrapped + low, wanted, Int32(truncatingIfNeeded: count))
      return position == Int32(Self.lanes) ? -1 : Int32(truncatingIfNeeded: low) &+ position
    }
  }

  /// Asks the processor to start loading what a walk reads next below
  /// `node`: the first lines of its children's terms and records.
  @inline(__always)
  func prefetchChildren(of node: Node) {
    let first = Int(node.children.lowerBound)
    edgeTerms.withUnsafeBufferPointer { cprobe_prefetch($0.baseAddress.unsafelyUnwrapped + first) }
    records.withUnsafeBufferPointer { cprobe_prefetch($0.baseAddress.unsafelyUnwrapped + first) }
  }

  /// How many terms ``child(among:term:)`` compares at once.
  private static let lanes = 16

  /// The child of `node` along `term`, if any.
  func child(of node: Int32, term: TermID) -> Int32? {
    guard node != Self.root else {
      // A term that starts no phrase has a node, but an empty one.
      guard let child = rootChild(term: term) else { return nil }
      let record = self.node(child)
      return record.children.isEmpty && record.payload == .none ? nil : child
    }
    return child(among: children(of: node), term: term)
  }

  /// The node among the root's children for `term`: empty when the term
  /// starts no phrase, nil when it is unknown or past every such term.
  @inline(__always)
  func rootChild(term: TermID) -> Int32? {
    UInt32(bitPattern: term.rawValue) < rootSpan ? term.rawValue &+ 1 : nil
  }

  /// The node to start a walk at for `term`, one of the term table the trie
  /// was built for (see ``PhraseTrieBuilder/build(termCount:)``): its node
  /// among the root's children, or for ``TermID/unknown`` the root, whose
  /// record (``node(_:)``) has no children and no payload. No branch.
  @inline(__always)
  func rootNode(term: TermID) -> Int32 {
    assert(term.rawValue >= -1 && UInt32(term.rawValue &+ 1) <= rootSpan, "a term of the table")
    return term.rawValue &+ 1
  }

  /// Where the payloads of `node` after its first start, for ``morePayload(_:)``.
  func morePayloads(of node: Node) -> Int32 { morePayloadStarts[Int(node.id)] }

  /// The payload at `index` (see ``morePayloads(of:)``).
  @inline(__always)
  func morePayload(_ index: Int32) -> PackedPayload {
    morePayloads.withUnsafeBufferPointer { $0[Int(index)] }
  }

  /// The entries whose phrase ends at `node`, in the order they were inserted.
  func payloads(at node: Int32) -> NodePayloads { NodePayloads(trie: self, node: self.node(node)) }

  fileprivate init(edges: [UInt64: Int32], nodePayloads: [[Payload]], termCount: Int) {
    var children = [[(term: Int32, child: Int32)]](repeating: [], count: nodePayloads.count)
    for (key, child) in edges {
      children[Int(key >> 32)].append((Int32(truncatingIfNeeded: key), child))
    }
    // `order` lists the builder's node ids in their new order, -1 for the
    // root's empty children: first the root, then its child for each term.
    let rootEdges = children[Int(Self.root)]
    let span = max(Int(rootEdges.map(\.term).max().map { $0 + 1 } ?? 0), termCount)
    var order = [Int32](repeating: -1, count: 1 + span)
    order[Int(Self.root)] = Self.root
    for (term, child) in rootEdges { order[Int(term) + 1] = child }
    rootSpan = UInt32(span)
    edgeTerms = [-1] + (0..<Int32(span))
    records = []
    morePayloads = []
    morePayloadStarts = []
    // Then every deeper node, breadth first.
    var next = 0
    while next < order.count {
      let old = Int(order[next])
      let firstChild = order.count
      // The root's children are found by term, not through its record,
      // which has none: it ends them where the first deeper node starts.
      if next != Int(Self.root) {
        for (term, child) in old < 0 ? [] : children[old].sorted(by: { $0.term < $1.term }) {
          order.append(child)
          edgeTerms.append(term)
        }
      }
      let payloads = old < 0 ? [] : nodePayloads[old]
      let packed = payloads.indices.map {
        PackedPayload(payloads[$0], hasNext: $0 + 1 < payloads.count)
      }
      records.append(Record(firstChild: Int32(firstChild), payload: packed.first ?? .none))
      morePayloadStarts.append(Int32(morePayloads.count))
      morePayloads.append(contentsOf: packed.dropFirst())
      next += 1
    }
    records.append(Record(firstChild: Int32(order.count), payload: .none))
    edgeTerms += repeatElement(Int32.max, count: Self.lanes)
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

  /// The finished, immutable trie, with a root child for each of the
  /// `termCount` terms of its table (and any term a phrase starts with).
  func build(termCount: Int = 0) -> PhraseTrie {
    PhraseTrie(edges: edges, nodePayloads: nodePayloads, termCount: termCount)
  }
}
