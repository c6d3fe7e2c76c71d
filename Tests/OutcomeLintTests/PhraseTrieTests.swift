import Testing

@testable import OutcomeLint

/// The breadth-first phrase trie finds every path it was built from, with
/// its payloads, and nothing else, whatever the number of children a node has.
@Suite struct PhraseTrieTests {
  private func payload(_ entry: Int32) -> PhraseTrie.Payload {
    PhraseTrie.Payload(kind: .jargon, entry: entry, requiresCapitals: false)
  }

  private func node(_ trie: PhraseTrie, _ path: [Int32]) -> Int32? {
    var node = PhraseTrie.root
    for term in path {
      guard let child = trie.child(of: node, term: TermID(rawValue: term)) else { return nil }
      node = child
    }
    return node
  }

  @Test func everyPathIsFoundWithItsPayloads() {
    var builder = PhraseTrieBuilder()
    var paths: [[Int32]] = []
    // A wide node (forty children, searched by halving) and narrow ones.
    for term in stride(from: 80, to: 0, by: -2) { paths.append([5, Int32(term)]) }
    paths += [[0], [0, 7], [3], [3, 0, 9], [3, 1], [7, 7, 7, 7]]
    // Neighbours: the terms after a node's children are another node's.
    paths += [[10, 2], [10, 4], [11, 6]]
    for (index, path) in paths.enumerated() {
      builder.insert(path.map { TermID(rawValue: $0) }, payload: payload(Int32(index)))
    }
    let trie = builder.build()
    for (index, path) in paths.enumerated() {
      let found = node(trie, path)
      #expect(found != nil, "\(path)")
      #expect(found.map { trie.payloads(at: $0).map(\.entry) } == [Int32(index)], "\(path)")
    }
    for missing: [Int32] in [
      [1], [5, 81], [5, 3], [5, 0], [3, 0, 8], [7, 7, 7, 7, 7], [99], [10, 6],
    ] {
      let found = node(trie, missing)
      #expect(found == nil || found.map { trie.payloads(at: $0).isEmpty } == true, "\(missing)")
    }
    #expect(node(trie, [5]).map { trie.children(of: $0).count } == 40)
  }
}
