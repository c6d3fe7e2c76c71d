/// Writes clause pieces back out as text: runs of neighbouring original tokens
/// keep their original spacing ("1:1", "e.g."), substituted tokens take their
/// replacement, and everything else is joined by single spaces.
struct ClauseRenderer {
  /// The outcome the tokens belong to.
  let document: Document
  /// Replacement text per token index; an empty replacement drops the token.
  let substitutions: [Int: String]

  /// The pieces as text.
  func render(_ pieces: [ClausePiece]) -> String {
    var result = ""
    var previous: ClausePiece?
    for piece in pieces {
      guard let text = text(of: piece) else { continue }
      if let previous { result += separator(previous, piece, text) }
      result += text
      previous = piece
    }
    return result
  }

  /// The tokens `range` as text.
  func render(tokens range: Range<Int>) -> String {
    render(range.map { .token($0) })
  }

  private func text(of piece: ClausePiece) -> String? {
    switch piece {
    case .text(let text):
      return text
    case .prompt(let prompt):
      return prompt.text
    case .token(let index):
      if let replacement = substitutions[index] {
        return replacement.isEmpty ? nil : replacement
      }
      return document.text(document.tokens[index].span)
    }
  }

  private func separator(_ before: ClausePiece, _ after: ClausePiece, _ text: String) -> String {
    if case .token(let left) = before, case .token(let right) = after, right == left + 1 {
      return document.tokens[left].end == document.tokens[right].start ? "" : " "
    }
    if let first = text.unicodeScalars.first, ",.;:!?)".unicodeScalars.contains(first) {
      return ""
    }
    return " "
  }
}
