extension PhraseTrie {
  /// The entries whose phrase ends at one node, unpacked one by one.
  struct NodePayloads: Sequence {
    let trie: PhraseTrie
    let node: Node

    /// Whether no phrase ends at the node.
    var isEmpty: Bool { node.payload == .none }

    func makeIterator() -> Iterator {
      Iterator(trie: trie, pending: node.payload, index: trie.morePayloads(of: node))
    }

    /// Steps from a node's inline payload through its others.
    struct Iterator: IteratorProtocol {
      fileprivate let trie: PhraseTrie
      fileprivate var pending: PackedPayload
      fileprivate var index: Int32

      mutating func next() -> Payload? {
        guard pending != .none else { return nil }
        let current = pending
        if current.hasNext {
          pending = trie.morePayload(index)
          index += 1
        } else {
          pending = .none
        }
        return current.unpacked
      }
    }
  }
}
