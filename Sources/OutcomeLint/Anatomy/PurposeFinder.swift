/// Finds purpose clauses: from a purpose connective ("so that", "in order to")
/// to the end of its sentence.
enum PurposeFinder {
  /// Replaces `purposes` with the purpose clauses of `document`, in text
  /// order, keeping its storage.
  static func find(in document: Document, into purposes: inout [Purpose]) {
    purposes.removeAll(keepingCapacity: true)
    var coveredUntil = 0
    for hit in document.hits(.purposeConnectives) {
      guard hit.tokens.lowerBound >= 1, hit.tokens.lowerBound >= coveredUntil else { continue }
      let sentence = document.sentence(ofToken: hit.tokens.lowerBound)
      let sentenceEnd = document.sentenceEnds[sentence]
      var end = hit.tokens.upperBound
      while end < document.tokens.count && document.tokens[end].start < sentenceEnd { end += 1 }
      let wordCount = document.tokens[hit.tokens.upperBound..<end].reduce(0) {
        $0 + ($1.kind == .punctuation ? 0 : 1)
      }
      let range = hit.tokens.lowerBound..<end
      purposes.append(
        Purpose(
          connective: hit.span, span: document.span(ofTokens: range), tokens: range,
          wordCount: wordCount))
      coveredUntil = end
    }
  }
}
